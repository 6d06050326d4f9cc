using FsCheck.Xunit;
using Symbolic.Kernels;
using Symbolic.Kernels.Images;
using Symbolic.MonteCarlo.Estimation;
using Symbolic.MonteCarlo.Network;

namespace Symbolic.MonteCarlo.Tests.Images;

/// <summary>
/// Finite convolutional networks agree with the analytic image-kernel evaluator built from the same Layer values: for
/// every random rescnn/cnn (<see cref="ImageArchitectureArbitrary"/>) and image pair, the raw and normalised NNGP and NTK
/// each satisfy |mean − analytic| ≤ 5·stderr + 0.5·D/C·K_diag (<see cref="AgreementCheck"/>; K_diag = √(K(x,x)K(z,z)) raw,
/// 1 normalised).
/// </summary>
/// <remarks>
/// Budget: C = 256 channels, s = 40 networks, 10 cases. The allowance covers the O(1/C) bias of the mean: measured
/// C·|bias| ≤ 0.13·D·K_diag (≤ 0.17 at two standard errors) over this generator's space at C = 8 and 16 with 6000 networks
/// (README, "Images"), so at C = 256 it has a margin of about 3.
/// </remarks>
public sealed class ImageAgreementProperties
{
    private const int Channels = 256;
    private const int Samples = 40;

    [Property(Arbitrary = [typeof(ImageArchitectureArbitrary)], MaxTest = 10, Replay = "(1234,5679)")]
    public bool Empirical_image_kernels_agree_with_the_analytic_evaluator(ImageCase c)
    {
        var shape = ImageShape.Line(c.X.Length);
        var points = AngleImages.Points(shape, c.X, c.Z);
        var exact = ImageKernelEvaluator.Create(c.Architecture, shape, 2).Evaluate(points.Point(0), points.Point(1));
        var network = FiniteNetwork.Build(c.Architecture, Channels, 2, shape);
        var run = MonteCarloSampler.Run(network, points, new SamplingOptions(Samples, Seed: 31));
        var checks = new[]
        {
            (KernelKind.Nngp, false, exact.Nngp, Math.Sqrt(exact.NngpXX * exact.NngpZZ)),
            (KernelKind.Ntk, false, exact.Ntk, Math.Sqrt(exact.NtkXX * exact.NtkZZ)),
            (KernelKind.Nngp, true, exact.NormalizedNngp, 1.0),
            (KernelKind.Ntk, true, exact.NormalizedNtk, 1.0),
        };
        foreach (var (kind, normalized, value, diagonal) in checks)
        {
            var agreement = AgreementCheck.Check(run.Estimate(kind, normalized, 0, 1, value), AgreementCheck.BiasAllowance(network, diagonal));
            if (!agreement.Passed) throw new Xunit.Sdk.XunitException($"{c}: {kind} {(normalized ? "normalised" : "raw")}: {agreement}");
        }
        return true;
    }
}
