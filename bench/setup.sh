#!/bin/sh
# Installs the peers of `symbolic bench` from Debian: numpy, scipy and SymPy for Debian's /usr/bin/python3, and gcc
# (the C reference is compiled by the bench command itself with gcc -O3 -march=native -ffast-math, which makes gcc
# call glibc's libmvec vector acos). Needs root (or sudo). The bench command reports any peer that is still missing
# instead of failing.
set -eu
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends gcc libc6-dev python3 python3-numpy python3-scipy python3-sympy
/usr/bin/python3 -c "import numpy, scipy, sympy; print('numpy', numpy.__version__, 'scipy', scipy.__version__, 'sympy', sympy.__version__)"
gcc --version | head -n 1
