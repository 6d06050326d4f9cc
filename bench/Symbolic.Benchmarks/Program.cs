using BenchmarkDotNet.Running;

namespace Symbolic.Benchmarks;

/// <summary>BenchmarkDotNet micro-benchmarks: <c>dotnet run -c Release --project bench/Symbolic.Benchmarks -- --filter '*'</c>
/// (add <c>--job short</c> for a quick look). The end-to-end table against peers is <c>symbolic bench</c>.</summary>
public static class Program
{
    /// <summary>Runs the benchmarks selected on the command line.</summary>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
