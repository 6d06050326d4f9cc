using Symbolic.Kernels.Images;
using Symbolic.Kernels.Layers;
using Symbolic.Kernels.Presets;
using Symbolic.Kernels.Specs;

namespace Symbolic.Kernels.Tests.Conv;

/// <summary>The conv vocabulary of the architecture grammar: printing, parsing back, diagnostics, structural errors.</summary>
public sealed class ConvSpecTests
{
    [Theory]
    [InlineData("rescnn(blocks=2, alpha=1/2, q=3, q0=1, qv=3, head=gap, train=blocks)")]
    [InlineData("rescnn(blocks=3, q=5, q0=3, qv=1, head=vec, train=all, skip=false)")]
    [InlineData("cnn(layers=4, q=3, q0=1, head=eq, train=all)")]
    [InlineData("serial(conv(q=1, trained=false), residual(serial(conv(q=3), relu, conv(q=1)), alpha=1)*2, eq(pixel=2), dense)")]
    [InlineData("serial(conv(q=5, w=2, b=1/10), erf, gap, dense(trained=false))")]
    [InlineData("serial(conv(q=3), relu, flatten, dense, relu, dense)")]
    public void Specs_print_and_parse_back(string text)
    {
        var parsed = ArchitectureParser.Parse(text);
        Assert.True(parsed.IsSuccess, parsed.Error);
        Assert.Equal(text, parsed.Value!.Spec);
        Assert.Equal(parsed.Value, ArchitectureParser.Parse(parsed.Value.Spec).Value);
    }

    [Fact]
    public void Presets_take_the_documented_defaults()
    {
        Assert.Equal(new ResCnn(1, Core.Expressions.Number.One), ArchitectureParser.Parse("rescnn").Value);
        Assert.Equal(new Cnn(2, 3, 1, ConvHead.Gap), ArchitectureParser.Parse("cnn(layers=2, head=gap)").Value);
        Assert.Equal(new Kernels.Layers.Conv(3, Core.Expressions.Number.One, Core.Expressions.Number.Zero), ArchitectureParser.Parse("conv").Value);
        Assert.Contains("Θ(x, x) = 16", ArchitectureParser.Parse("rescnn(blocks=2)").Value!.Description);
    }

    [Theory]
    [InlineData("conv(q=4)", "q must be an odd filter size")]
    [InlineData("rescnn(head=max)", "head must be one of eq, gap, vec, got 'max'")]
    [InlineData("cnn(train=some)", "train must be one of all, blocks")]
    [InlineData("rescnn(alpha=2, skip=false)", "alpha scales the residual branch")]
    [InlineData("eq(pixel=-1)", "pixel must be an integer ≥ 0")]
    [InlineData("gap(2)", "gap takes no arguments")]
    public void Bad_parameters_are_diagnostics(string text, string message)
    {
        var parsed = ArchitectureParser.Parse(text);
        Assert.False(parsed.IsSuccess);
        Assert.Contains(message, parsed.Error);
    }

    [Theory]
    [InlineData("serial(conv, relu, conv)", "ends with a 4 image, not a kernel; add a head")]
    [InlineData("serial(conv, gap, relu, dense)", "relu after gap needs the pooled kernel")]
    [InlineData("serial(conv, eq(pixel=4), dense)", "reads pixel 4, but the image (4) has 4 pixels")]
    [InlineData("serial(conv, fanout(2), parallel(serial(gap, dense), dense), faninsum, eq, dense)", "different image shapes")]
    public void Image_structure_errors_surface_when_the_evaluator_is_built(string text, string message)
    {
        var parsed = ArchitectureParser.Parse(text);
        Assert.True(parsed.IsSuccess, parsed.Error);
        var e = Assert.Throws<ArchitectureException>(() => ImageKernelEvaluator.Create(parsed.Value!, ImageShape.Line(4), 2));
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void A_conv_on_the_scalar_path_is_a_dense_layer()
    {
        var conv = Kernels.Derivation.NumericKernel.Evaluate(ArchitectureParser.Parse("serial(conv(q=3, b=1/2), relu, eq, conv(q=5))").Value!, 0.3);
        var dense = Kernels.Derivation.NumericKernel.Evaluate(ArchitectureParser.Parse("serial(dense(b=1/2), relu, dense)").Value!, 0.3);
        Assert.Equal(dense, conv);
    }
}
