using Symbolic.Kernels.Presets;
using static Symbolic.Kernels.Tests.Conv.ConvFixture;

namespace Symbolic.Kernels.Tests.Conv;

/// <summary>The canonical ResCNN and CNN on the §5.1 pair against conv-dense.md §5.1 (15 significant digits).</summary>
public sealed class ConvReferenceTests
{
    private const double Relative = 1e-12;

    /// <summary>§5.1 tables: L, head, residual?, GP, GP(x,x), GP(z,z), NTK, NTK(x,x), NTK(z,z).</summary>
    public static TheoryData<int, string, bool, double, double, double, double, double, double> Table => new()
    {
        { 1, "eq", true, 1.78054937074364, 2, 2, 4.75291623965533, 6, 6 },
        { 2, "eq", true, 3.40332575146762, 4, 4, 11.3678690759649, 16, 16 },
        { 3, "eq", true, 6.68215904136464, 8, 8, 26.4287275623037, 40, 40 },
        { 1, "gap", true, 0.49688220548002, 0.86091324360504, 0.464887506696728, 1.22519704138354, 2.33778804810368, 1.29737510306191 },
        { 2, "gap", true, 1.43700175644017, 2.04084053202432, 1.42908832408844, 4.03063184144291, 6.725077610895, 4.64454697397432 },
        { 3, "gap", true, 3.5579331578231, 4.58306772514443, 3.61171601821759, 11.152380686657, 17.5423955975384, 13.380303221165 },
        { 1, "eq", false, 0.800482792902401, 1, 1, 1.99230029107044, 3, 3 },
        { 2, "eq", false, 0.822392727053698, 1, 1, 2.38022426305878, 4, 4 },
        { 3, "eq", false, 0.833851863778241, 1, 1, 2.66940948503528, 5, 5 },
        { 1, "gap", false, 0.398979765861871, 0.536100712045003, 0.407194202853452, 0.630412396285371, 1.15206227293861, 0.774794292521901 },
        { 2, "gap", false, 0.552697771496405, 0.650941920717072, 0.5730303618836, 1.0181605101653, 1.66231887774532, 1.3394015709402 },
        { 3, "gap", false, 0.649169320048837, 0.724788621172573, 0.672877127358426, 1.3993620211776, 2.18027743567506, 1.89160754701146 },
    };

    [Theory, MemberData(nameof(Table))]
    public void Matches_the_section_5_1_table(int depth, string head, bool residual, double gp, double gpXX, double gpZZ,
                                              double ntk, double ntkXX, double ntkZZ)
    {
        var h = head == "eq" ? ConvHead.Eq : ConvHead.Gap;
        Layer architecture = residual ? ResCnn(depth, h) : new Cnn(depth, 3, 1, h);
        var v = Evaluate(architecture);
        Close(gp, v.Nngp, Relative, "GP");
        Close(gpXX, v.NngpXX, Relative, "GP(x,x)");
        Close(gpZZ, v.NngpZZ, Relative, "GP(z,z)");
        Close(ntk, v.Ntk, Relative, "NTK");
        Close(ntkXX, v.NtkXX, Relative, "NTK(x,x)");
        Close(ntkZZ, v.NtkZZ, Relative, "NTK(z,z)");
    }

    [Fact]
    public void Normalised_Eq_values_at_depth_2()
    {
        Close(0.850831437866905, Evaluate(ResCnn(2)).NormalizedNngp, Relative, "ResCGPK");
        Close(0.710491817247807, Evaluate(ResCnn(2)).NormalizedNtk, Relative, "ResCNTK");
        Close(0.822392727053698, Evaluate(new Cnn(2)).NormalizedNngp, Relative, "CGPK");
        Close(0.595056065764695, Evaluate(new Cnn(2)).NormalizedNtk, Relative, "CNTK");
    }

    /// <summary>§5.1 variants (Eq, L = 2): name, GP, GP diagonal, NTK, NTK diagonal.</summary>
    public static TheoryData<string, double, double, double, double> Variants => new()
    {
        { "qv=3", 3.37594160227418, 4, 11.1826952678468, 16 },
        { "alpha=0.5", 1.43169766016784, 1.5625, 3.59506770825799, 4.375 },
        { "skip=false", 0.822392727053698, 1, 3.83152159761848, 6 },
        { "train=blocks", 3.40332575146762, 4, 5.32705284188053, 8 },
        { "cnn train=blocks", 0.822392727053698, 1, 1.09336807175554, 2 },
    };

    [Theory, MemberData(nameof(Variants))]
    public void Matches_the_section_5_1_variants(string variant, double gp, double gpDiagonal, double ntk, double ntkDiagonal)
    {
        Layer architecture = variant switch
        {
            "qv=3" => ResCnn(2, qv: 3),
            "alpha=0.5" => ResCnn(2, alphaNumerator: 1, alphaDenominator: 2),
            "skip=false" => ResCnn(2, skip: false),
            "train=blocks" => ResCnn(2, trainAll: false),
            _ => new Cnn(2, TrainAll: false),
        };
        var v = Evaluate(architecture);
        Close(gp, v.Nngp, Relative, $"{variant} GP");
        Close(ntk, v.Ntk, Relative, $"{variant} NTK");
        foreach (double diagonal in (double[])[v.NngpXX, v.NngpZZ]) Close(gpDiagonal, diagonal, 1e-15, $"{variant} GP diagonal");
        foreach (double diagonal in (double[])[v.NtkXX, v.NtkZZ]) Close(ntkDiagonal, diagonal, 1e-15, $"{variant} NTK diagonal");
    }

    [Theory]
    [InlineData(1, 1, 1, true, true), InlineData(3, 1, 1, true, true), InlineData(2, 1, 2, true, false),
     InlineData(4, 1, 3, false, true), InlineData(2, 1, 1, false, false)]
    public void The_preset_diagonals_are_the_section_2_3_formulas_and_the_computed_ones(int blocks, int p, int q, bool trainAll, bool skip)
    {
        var preset = new ResCnn(blocks, Core.Expressions.Number.Of(p, q), 3, 1, 1, ConvHead.Eq, trainAll, skip);
        var (gp, ntk) = preset.Diagonals;
        double a2 = (double)p * p / (q * q), growth = Math.Pow(1 + a2, blocks);
        double expectedNtk = !skip ? (trainAll ? 2 * blocks + 2 : 2 * blocks)
            : trainAll ? growth * (2 + 2 * blocks * a2 / (1 + a2)) : 2 * blocks * a2 * Math.Pow(1 + a2, blocks - 1);
        Close(skip ? growth : 1, ValueOf(gp), 1e-15, "GP diagonal formula");
        Close(expectedNtk, ValueOf(ntk), 1e-15, "NTK diagonal formula");
        var v = Evaluate(preset);
        Close(ValueOf(gp), v.NngpXX, 1e-13, "GP diagonal computed");
        Close(ValueOf(ntk), v.NtkZZ, 1e-13, "NTK diagonal computed");
    }

    private static double ValueOf(Core.Expressions.Expr e) => Core.Evaluation.Evaluator.Evaluate(e, new Dictionary<Core.Expressions.Symbol, double>());
}
