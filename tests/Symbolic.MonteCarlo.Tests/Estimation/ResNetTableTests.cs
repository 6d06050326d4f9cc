using Symbolic.Core.Expressions;
using Symbolic.Kernels;
using Symbolic.Kernels.Presets;
using Symbolic.MonteCarlo.Estimation;

namespace Symbolic.MonteCarlo.Tests.Estimation;

/// <summary>
/// The Monte Carlo table of fc-resnet.md §8: the Huang/Belfer ResNet with L = 3 blocks at width m = 512, d = 3, 160
/// networks, per-network normalisation. Each row is reproduced three ways: the analytic value to the printed digits, our
/// mean within 5 standard errors plus the bias allowance of the analytic value, and our mean within 5 combined standard
/// errors of the table's mean, with a standard error within a factor 2 of the table's (same estimator, other seeds).
/// </summary>
public sealed class ResNetTableTests
{
    public static TheoryData<int, double, string, bool, double, double, double> Rows => new()
    {
        // α in tenths, t, kernel, normalised, table MC mean, table MC error, table theory
        { 5, 0.3, "ntk", true, 0.33281, 0.00228, 0.329181 },
        { 5, 0.3, "ntk", false, 0.7815, 0.0088, 0.77152 },
        { 5, 0.3, "nngp", true, 0.4050, 0.0033, 0.401253 },
        { 10, -0.5, "ntk", true, 0.06804, 0.00133, 0.068173 },
        { 10, -0.5, "ntk", false, 1.622, 0.035, 1.63615 },
        { 10, -0.5, "nngp", true, 0.1677, 0.0043, 0.170860 },
    };

    private static readonly Dictionary<(int, double), MonteCarloRun> s_runs = [];

    private static MonteCarloRun RunOf(ResNet resnet, int alphaTenths, double t)
    {
        lock (s_runs)
        {
            if (!s_runs.TryGetValue((alphaTenths, t), out var run))
                s_runs[(alphaTenths, t)] = run = MonteCarloSampler.Run(resnet, 512, [t], new SamplingOptions(160, Seed: 2020), inputDimension: 3);
            return run;
        }
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Section_8_table_is_reproduced(int alphaTenths, double t, string kernel, bool normalized, double tableMean, double tableError, double theory)
    {
        var resnet = new ResNet(3, Number.Of(alphaTenths, 10));
        var kind = kernel == "ntk" ? KernelKind.Ntk : KernelKind.Nngp;
        double analytic = AnalyticKernel.Values(resnet, kind, normalized, [t])[0];
        double lastDigit = Math.Pow(10, -Math.Max(5, theory.ToString("R", System.Globalization.CultureInfo.InvariantCulture).Split('.')[1].Length));
        Assert.InRange(analytic, theory - 5 * lastDigit, theory + 5 * lastDigit);

        var run = RunOf(resnet, alphaTenths, t);
        var estimate = run.Estimate(kind, normalized, 0, analytic);
        double diagonal = normalized ? 1 : AnalyticKernel.Values(resnet, kind, false, [1.0])[0];
        var agreement = AgreementCheck.Check(estimate, AgreementCheck.BiasAllowance(run.Network, diagonal));
        Assert.True(agreement.Passed, agreement.ToString());
        double combined = Math.Sqrt(estimate.StdErr * estimate.StdErr + tableError * tableError);
        Assert.True(Math.Abs(estimate.Mean - tableMean) <= 5 * combined, $"ours {estimate.Mean} ± {estimate.StdErr}, table {tableMean} ± {tableError}");
        Assert.InRange(estimate.StdErr, tableError / 2, tableError * 2);
    }
}
