namespace Symbolic.Cli.Bench;

/// <summary>
/// The peer programs of the benchmark, each implementing the same recursion as our kernel: the FC recursion of
/// <c>fc(layers=L)</c> (README, fc-resnet.md §1.1): Σ₁ = Θ₁ = t, then Σₗ₊₁ = κ₁(Σₗ), Θₗ₊₁ = Θₗ·κ₀(Σₗ) + Σₗ₊₁, with
/// κ₀ = 1 − acos(ρ)/π and κ₁ = (√(1−ρ²) + ρ(π − acos ρ))/π; the ResNet recursion of <c>resnet(blocks=L, alpha=a)</c>
/// (§4.2). Each prints "SECONDS CHECKSUM" (median of the repetitions).
/// </summary>
public static class PeerScripts
{
    /// <summary>numpy, whole-array ufuncs: args n L reps.</summary>
    public const string NumpyEval = """
        import sys, time, numpy as np
        n, L, reps = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
        t = -1 + 2 * (np.arange(n) + 0.5) / n
        def run():
            s = t.copy(); th = t.copy()
            for _ in range(L - 1):
                a = np.arccos(np.clip(s, -1, 1))
                k1 = (np.sqrt(np.maximum(1 - s * s, 0)) + s * (np.pi - a)) / np.pi
                th = th * (1 - a / np.pi) + k1
                s = k1
            return th
        run(); times = []
        for _ in range(reps):
            st = time.perf_counter(); r = run(); times.append(time.perf_counter() - st)
        times.sort(); print(repr(times[len(times) // 2]), repr(float(r.sum())))
        """;

    /// <summary>C, point-major loop vectorised by gcc through libmvec's acos: args n L reps.</summary>
    public const string CEval = """
        #include <math.h>
        #include <stdio.h>
        #include <stdlib.h>
        #include <time.h>
        static double now(void) { struct timespec s; clock_gettime(CLOCK_MONOTONIC, &s); return s.tv_sec + 1e-9 * s.tv_nsec; }
        static int cmp(const void *a, const void *b) { double x = *(const double *)a, y = *(const double *)b; return (x > y) - (x < y); }
        /* Level-major over blocks of 2048 points that stay in L1/L2: the loop over points has no dependency, so gcc
           -ffast-math vectorises it and calls libmvec's 8-lane acos (TOOLCHAIN.md section 4: the fastest C form here). */
        static void run(const double *restrict t, double *restrict out, long n, int L) {
            enum { B = 2048 };
            static double s[B], th[B];
            for (long i0 = 0; i0 < n; i0 += B) {
                long m = n - i0 < B ? n - i0 : B;
                for (long i = 0; i < m; i++) { s[i] = t[i0 + i]; th[i] = s[i]; }
                for (int l = 1; l < L; l++)
                    for (long i = 0; i < m; i++) {
                        double a = acos(s[i]);
                        double k1 = (sqrt(fmax(1 - s[i] * s[i], 0.0)) + s[i] * (M_PI - a)) / M_PI;
                        th[i] = th[i] * (1 - a / M_PI) + k1;
                        s[i] = k1;
                    }
                for (long i = 0; i < m; i++) out[i0 + i] = th[i];
            }
        }
        int main(int argc, char **argv) {
            long n = atol(argv[1]); int L = atoi(argv[2]), reps = atoi(argv[3]);
            double *t = malloc(n * sizeof *t), *out = malloc(n * sizeof *out), *times = malloc(reps * sizeof *times);
            for (long i = 0; i < n; i++) t[i] = -1 + 2 * (i + 0.5) / n;
            run(t, out, n, L);
            for (int r = 0; r < reps; r++) { double s = now(); run(t, out, n, L); times[r] = now() - s; }
            qsort(times, reps, sizeof *times, cmp);
            double sum = 0; for (long i = 0; i < n; i++) sum += out[i];
            printf("%.17g %.17g\n", times[reps / 2], sum);
            return 0;
        }
        """;

    /// <summary>numpy, whole-array ufuncs, the raw ResNTK of <c>resnet(blocks=L, alpha=a)</c> on the sphere
    /// (fc-resnet.md §4.2): K₀ = t, qₗ = (1+α²)ˡ, ρ = Kₗ₋₁/qₗ₋₁, Kₗ = Kₗ₋₁ + α²qₗ₋₁κ₁(ρ), and
    /// Θ = α²Σₗ Bₗ₊₁[qₗ₋₁κ₁(ρ) + Kₗ₋₁κ₀(ρ)] accumulated forwards as S ← S·(1 + α²κ₀(ρ)) + term: args n L alpha reps.</summary>
    public const string NumpyResEval = """
        import sys, time, numpy as np
        n, L, alpha, reps = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
        a2 = alpha * alpha
        t = -1 + 2 * (np.arange(n) + 0.5) / n
        def run():
            k = t.copy(); acc = np.zeros_like(t); q = 1.0
            for _ in range(L):
                r = np.clip(k / q, -1, 1)
                a = np.arccos(r)
                k0 = 1 - a / np.pi
                k1 = q * (np.sqrt(np.maximum(1 - r * r, 0)) + r * (np.pi - a)) / np.pi
                acc = acc * (1 + a2 * k0) + (k1 + k * k0)
                k = k + a2 * k1
                q *= 1 + a2
            return a2 * acc
        run(); times = []
        for _ in range(reps):
            st = time.perf_counter(); r = run(); times.append(time.perf_counter() - st)
        times.sort(); print(repr(times[len(times) // 2]), repr(float(r.sum())))
        """;

    /// <summary>C, the same ResNTK recursion as <see cref="NumpyResEval"/>, level-major over blocks of 2048 points
    /// like <see cref="CEval"/> (libmvec acos): args n L alpha reps.</summary>
    public const string CResEval = """
        #include <math.h>
        #include <stdio.h>
        #include <stdlib.h>
        #include <time.h>
        static double now(void) { struct timespec s; clock_gettime(CLOCK_MONOTONIC, &s); return s.tv_sec + 1e-9 * s.tv_nsec; }
        static int cmp(const void *a, const void *b) { double x = *(const double *)a, y = *(const double *)b; return (x > y) - (x < y); }
        static void run(const double *restrict t, double *restrict out, long n, int L, double a2) {
            enum { B = 2048 };
            static double k[B], acc[B];
            for (long i0 = 0; i0 < n; i0 += B) {
                long m = n - i0 < B ? n - i0 : B;
                for (long i = 0; i < m; i++) { k[i] = t[i0 + i]; acc[i] = 0; }
                double q = 1;
                for (int l = 0; l < L; l++) {
                    double inv = 1 / q;
                    for (long i = 0; i < m; i++) {
                        double r = fmin(fmax(k[i] * inv, -1.0), 1.0);
                        double a = acos(r);
                        double k0 = 1 - a / M_PI;
                        double k1 = q * (sqrt(fmax(1 - r * r, 0.0)) + r * (M_PI - a)) / M_PI;
                        acc[i] = acc[i] * (1 + a2 * k0) + (k1 + k[i] * k0);
                        k[i] += a2 * k1;
                    }
                    q *= 1 + a2;
                }
                for (long i = 0; i < m; i++) out[i0 + i] = a2 * acc[i];
            }
        }
        int main(int argc, char **argv) {
            long n = atol(argv[1]); int L = atoi(argv[2]); double alpha = atof(argv[3]); int reps = atoi(argv[4]);
            double *t = malloc(n * sizeof *t), *out = malloc(n * sizeof *out), *times = malloc(reps * sizeof *times);
            for (long i = 0; i < n; i++) t[i] = -1 + 2 * (i + 0.5) / n;
            run(t, out, n, L, alpha * alpha);
            for (int r = 0; r < reps; r++) { double s = now(); run(t, out, n, L, alpha * alpha); times[r] = now() - s; }
            qsort(times, reps, sizeof *times, cmp);
            double sum = 0; for (long i = 0; i < n; i++) sum += out[i];
            printf("%.17g %.17g\n", times[reps / 2], sum);
            return 0;
        }
        """;

    /// <summary>numpy Gram: X@X.T then the recursion in row blocks of 1000 (a full-size temporary per ufunc would not
    /// fit in memory at N = 20000): args n d L.</summary>
    public const string NumpyGram = """
        import sys, time, numpy as np
        n, d, L = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
        X = np.random.default_rng(1).standard_normal((n, d)); X /= np.linalg.norm(X, axis=1, keepdims=True)
        st = time.perf_counter()
        G = X @ X.T
        gemm = time.perf_counter() - st
        for r in range(0, n, 1000):
            s = np.clip(G[r:r + 1000], -1, 1); th = s.copy()
            for _ in range(L - 1):
                a = np.arccos(s)
                k1 = (np.sqrt(np.maximum(1 - s * s, 0)) + s * (np.pi - a)) / np.pi
                th = th * (1 - a / np.pi) + k1
                s = k1
            G[r:r + 1000] = th
        print(repr(time.perf_counter() - st), repr(gemm))
        """;

    /// <summary>SymPy series of the depth-L FC-NTK at t = 1 (powers below 3): args L.</summary>
    public const string SympyExpand = """
        import sys, time, sympy as sp
        L = int(sys.argv[1]); t = sp.Symbol('t')
        s = t; th = t
        for _ in range(L - 1):
            a = sp.acos(s); k1 = (sp.sqrt(1 - s**2) + s * (sp.pi - a)) / sp.pi
            th = th * (1 - a / sp.pi) + k1; s = k1
        st = time.perf_counter(); sp.series(th, t, 1, n=3); print(repr(time.perf_counter() - st))
        """;

    /// <summary>scipy quad of μₖ = ½∫₋₁¹ Θ₂(t)Pₖ(t)dt on S² (fc-resnet.md §2), k = 0…K: args K; checksum Σ(2k+1)μₖ ≈ Θ₂(1) = 2.</summary>
    public const string ScipyFunkHecke = """
        import sys, time, numpy as np
        from scipy.integrate import quad
        from scipy.special import eval_legendre
        K = int(sys.argv[1])
        def theta(t):
            a = np.arccos(t); return t * (1 - a / np.pi) + (np.sqrt(max(1 - t * t, 0)) + t * (np.pi - a)) / np.pi
        st = time.perf_counter()
        mu = [0.5 * quad(lambda t: theta(t) * eval_legendre(k, t), -1, 1, limit=4000, epsabs=1e-13, epsrel=1e-12)[0] for k in range(K + 1)]
        print(repr(time.perf_counter() - st), repr(sum((2 * k + 1) * m for k, m in enumerate(mu))))
        """;
}
