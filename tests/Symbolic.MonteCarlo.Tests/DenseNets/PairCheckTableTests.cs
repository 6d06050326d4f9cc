using Symbolic.Core.Expressions;
using Symbolic.Kernels;
using Symbolic.Kernels.Presets;
using Symbolic.MonteCarlo.Estimation;

namespace Symbolic.MonteCarlo.Tests.DenseNets;

/// <summary>
/// The pair check of conv-dense.md §3.3: width n = 64, depth L = 4, 200 networks, x = (1, …, 1)/√8 and
/// z = (cos 1, sin 1, 0, …, 0) in ℝ⁸, so ⟨x, z⟩ = (cos 1 + sin 1)/√8 = 0.48855 (the weights are isotropic, so our
/// inputs e₁ and te₁ + √(1 − t²)e₂ give the same law). Each cell: the analytic value to the printed digits, our mean
/// against the analytic value (5 stderr + bias allowance), and our mean against the table's within 5 combined stderr.
/// </summary>
public sealed class PairCheckTableTests
{
    private static readonly double s_t = (Math.Cos(1) + Math.Sin(1)) / Math.Sqrt(8);

    public static TheoryData<string, string, double, double, double> Cells => new()
    {
        // model, kernel, exact, MC mean, MC stderr
        { "mlp", "gp", 0.7759, 0.736, 0.033 },
        { "mlp", "ntk", 2.2122, 2.054, 0.086 },
        { "resnet1", "gp", 10.660, 10.22, 0.39 },
        { "resnet1", "ntk", 41.829, 40.63, 1.42 },
        { "resnet1/2", "gp", 1.3923, 1.349, 0.038 },
        { "resnet1/2", "ntk", 4.0375, 3.964, 0.094 },
        { "densenet", "gp", 0.6132, 0.609, 0.013 },
        { "densenet", "ntk", 1.3411, 1.329, 0.027 },
    };

    private static readonly Dictionary<string, MonteCarloRun> s_runs = [];

    private static Layer Model(string name) => name switch
    {
        "mlp" => new Mlp(4),
        "resnet1" => new ResNet(4, Number.One, null, ResNetTraining.All),
        "resnet1/2" => new ResNet(4, Number.Half, null, ResNetTraining.All),
        _ => new DenseNet(4),
    };

    private static MonteCarloRun RunOf(string name)
    {
        lock (s_runs)
        {
            if (!s_runs.TryGetValue(name, out var run))
                s_runs[name] = run = MonteCarloSampler.Run(Model(name), 64, [s_t], new SamplingOptions(200, Seed: 33), inputDimension: 8);
            return run;
        }
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public void Section_3_3_pair_check_is_reproduced(string model, string kernel, double exact, double tableMean, double tableError)
    {
        var layer = Model(model);
        var kind = kernel == "ntk" ? KernelKind.Ntk : KernelKind.Nngp;
        double analytic = AnalyticKernel.Values(layer, kind, false, [s_t])[0];
        double lastDigit = Math.Pow(10, -(exact.ToString("R", System.Globalization.CultureInfo.InvariantCulture).Split('.')[1].Length));
        Assert.InRange(analytic, exact - lastDigit, exact + lastDigit);

        var run = RunOf(model);
        var estimate = run.Estimate(kind, false, 0, analytic);
        double diagonal = AnalyticKernel.Values(layer, kind, false, [1.0])[0];
        var agreement = AgreementCheck.Check(estimate, AgreementCheck.BiasAllowance(run.Network, diagonal));
        Assert.True(agreement.Passed, agreement.ToString());
        double combined = Math.Sqrt(estimate.StdErr * estimate.StdErr + tableError * tableError);
        Assert.True(Math.Abs(estimate.Mean - tableMean) <= 5 * combined, $"ours {estimate.Mean} ± {estimate.StdErr}, table {tableMean} ± {tableError}");
    }
}
