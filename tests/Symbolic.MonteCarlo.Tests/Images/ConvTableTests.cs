using Symbolic.Core.Expressions;
using Symbolic.Kernels;
using Symbolic.Kernels.Images;
using Symbolic.Kernels.Presets;
using Symbolic.MonteCarlo.Estimation;
using Symbolic.MonteCarlo.Network;

namespace Symbolic.MonteCarlo.Tests.Images;

/// <summary>
/// The finite-width validation table of conv-dense.md §2.4: the canonical ResCNN and CNN of §2.1 (L = 2, α = 1, q = 3,
/// q₀ = q_v = 1, all layers trained) at C = 128 channels, 60 networks, on the pair (X1, Z1) of §5.1 (C₀ = 2, d = 4). Every
/// row — ResCGPK/ResCNTK/CGPK/CNTK with the Eq and GAP heads — must satisfy |mean − exact| ≤ 5·stderr + 0.5·D/C·√(K(x,x)K(z,z))
/// against the exact §5.1 value (which the analytic evaluator must reproduce to 1e-12). The second term is the O(1/C)
/// allowance of <see cref="AgreementCheck"/>; for conv nets it was measured separately (README, "Images"): C·|bias| ≤ 0.13·D·K
/// over rescnn/cnn with L ∈ {1, 3}, q ∈ {1, 3}, Eq/GAP, α ∈ {½, 1} at C = 8 and 16 with 6000 networks each.
/// </summary>
public sealed class ConvTableTests
{
    public static TheoryData<bool, string, string, double, double, double> Rows => new()
    {
        // residual, head, kernel, exact K(x, z), exact K(x, x), exact K(z, z)   (§5.1, L = 2)
        { true, "eq", "nngp", 3.40332575146762, 4, 4 },
        { true, "eq", "ntk", 11.3678690759649, 16, 16 },
        { true, "gap", "nngp", 1.43700175644017, 2.04084053202432, 1.42908832408844 },
        { true, "gap", "ntk", 4.03063184144291, 6.725077610895, 4.64454697397432 },
        { false, "eq", "nngp", 0.822392727053698, 1, 1 },
        { false, "eq", "ntk", 2.38022426305878, 4, 4 },
        { false, "gap", "nngp", 0.552697771496405, 0.650941920717072, 0.5730303618836 },
        { false, "gap", "ntk", 1.0181605101653, 1.66231887774532, 1.3394015709402 },
    };

    private static readonly ImageShape s_shape = ImageShape.Line(4);
    private static readonly Dictionary<(bool, string), ImageMonteCarloRun> s_runs = [];

    internal static Layer Architecture(bool residual, string head)
    {
        var h = head == "eq" ? ConvHead.Eq : ConvHead.Gap;
        return residual ? new ResCnn(2, Number.One, 3, Head: h) : new Cnn(2, 3, Head: h);
    }

    private static ImageMonteCarloRun RunOf(bool residual, string head)
    {
        lock (s_runs)
        {
            if (!s_runs.TryGetValue((residual, head), out var run))
            {
                var network = FiniteNetwork.Build(Architecture(residual, head), 128, 2, s_shape);
                s_runs[(residual, head)] = run = MonteCarloSampler.Run(network, AngleImages.Points(s_shape, AngleImages.X1, AngleImages.Z1),
                    new SamplingOptions(60, Seed: 1000));
            }
            return run;
        }
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Section_2_4_table_is_reproduced(bool residual, string head, string kernel, double exact, double xx, double zz)
    {
        var architecture = Architecture(residual, head);
        var kind = kernel == "ntk" ? KernelKind.Ntk : KernelKind.Nngp;
        var points = AngleImages.Points(s_shape, AngleImages.X1, AngleImages.Z1);
        var analytic = ImageKernelEvaluator.Create(architecture, s_shape, 2).Evaluate(points.Point(0), points.Point(1));
        Assert.Equal(exact, kind == KernelKind.Ntk ? analytic.Ntk : analytic.Nngp, 1e-12 * Math.Max(1, exact));
        Assert.Equal(xx, kind == KernelKind.Ntk ? analytic.NtkXX : analytic.NngpXX, 1e-12 * xx);

        var run = RunOf(residual, head);
        var agreement = AgreementCheck.Check(run.Estimate(kind, false, 0, 1, exact), AgreementCheck.BiasAllowance(run.Network, Math.Sqrt(xx * zz)));
        Assert.True(agreement.Passed, $"{architecture.Spec} {kind}: {agreement}");
    }
}
