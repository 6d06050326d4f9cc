using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Symbolic.MonteCarlo.Tests")]
