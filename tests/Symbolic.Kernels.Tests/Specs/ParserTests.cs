using Symbolic.Core.Expressions;
using Symbolic.Kernels.Activations;
using Symbolic.Kernels.Layers;
using Symbolic.Kernels.Presets;
using Symbolic.Kernels.Specs;

namespace Symbolic.Kernels.Tests.Specs;

/// <summary>The architecture grammar: presets, composition, exact numbers, and diagnostics that point at the bad token.</summary>
public sealed class ParserTests
{
    private static Layer Parse(string text)
    {
        var result = ArchitectureParser.Parse(text);
        Assert.True(result.IsSuccess, result.Error);
        return result.Value!;
    }

    [Theory]
    [InlineData("resnet(blocks=-1)", "1:15: blocks must be an integer ≥ 1, got -1")]
    [InlineData("resnet(blocks=10, alpha=abc)", "1:25: alpha must be a number, got 'abc'")]
    [InlineData("resnet(blocks=10, alpha=0)", "1:25: alpha must be a number > 0, got 0")]
    [InlineData("resnet(blocks=3, alpha=1/2, gamma=1)", "1:35: give alpha or gamma (α = blocks^−γ), not both")]
    [InlineData("fc(layers=2.5)", "1:11: layers must be an integer ≥ 1, got 2.5")]
    [InlineData("fc(layers=20000)", "1:11: layers must be an integer ≤ 10000, got 20000")]
    [InlineData("fc(layers=3, bias=-0.1)", "1:19: bias must be a number ≥ 0, got -0.1")]
    [InlineData("fc(layers=3, depth=2)", "1:14: fc has no parameter 'depth'; parameters: layers, act, bias")]
    [InlineData("fc(layers=3", "1:12: expected ',' or ')' in fc(…), got end of text")]
    [InlineData("fc(layers=3) extra", "1:14: unexpected 'extra' after the architecture")]
    [InlineData("dense(trained=maybe)", "1:15: trained must be true or false, got 'maybe'")]
    [InlineData("dense*0", "1:7: repetition count must be an integer ≥ 1, got 0")]
    [InlineData("serial(dense, relu)*2.5", "1:21: repetition count must be an integer ≥ 1, got 2.5")]
    [InlineData("dense(w=1/0)", "1:9: w must be a finite real number, got 1/0")]
    [InlineData("serial(fanout(2), dense)", "1:19: dense takes one signal, but 2 parallel branches are open; close them with faninsum first")]
    [InlineData("abrelu(a=0, b=0)", "1:1: abrelu needs a² + b² > 0, got a = 0 and b = 0")]
    public void Bad_specs_give_one_line_diagnostics_at_the_token(string text, string expected)
    {
        var result = ArchitectureParser.Parse(text);
        Assert.False(result.IsSuccess);
        Assert.Null(result.Value);
        Assert.Equal(expected, result.Error);
    }

    [Fact]
    public void Unknown_names_list_what_is_known()
    {
        var activation = ArchitectureParser.Parse("fc(layers=3, act=swish)").Error!;
        Assert.StartsWith("1:18: unknown activation 'swish'; known: relu, erf, step, identity, abrelu(a, b), leaky(slope), tanh", activation);
        var layer = ArchitectureParser.Parse("serial(dense, pool)").Error!;
        Assert.StartsWith("1:15: unknown layer 'pool'; layers: fc, resnet, rescnn, cnn, serial, residual, dense, conv, eq, gap, flatten", layer);
    }

    [Fact]
    public void Structural_errors_point_at_the_layer()
    {
        var residual = ArchitectureParser.Parse("serial(dense, residual(serial(dense, relu)))");
        Assert.StartsWith("1:15: the branch of residual must end uncorrelated with its skip path", residual.Error);
        var sum = ArchitectureParser.Parse("serial(dense, fanout(2), parallel(identity, relu), faninsum)");
        Assert.StartsWith("1:52: faninsum of 2 correlated branches", sum.Error);
    }

    [Fact]
    public void Hostile_input_is_diagnosed_not_crashed_on()
    {
        Assert.Equal("1:64: nesting deeper than 64 levels", ArchitectureParser.Parse(new string('(', 100_000)).Error);
        Assert.Equal("1:1: empty architecture; e.g. fc(layers=3) or resnet(blocks=10, alpha=0.5)", ArchitectureParser.Parse("  ").Error);
        Assert.Equal("1:7: expected a layer or a number, got '#'", ArchitectureParser.Parse("dense(#)").Error);
        Assert.Equal("1:12: unterminated string", ArchitectureParser.Parse("serial(phi(\"z)").Error);
        Assert.Equal("2:3: unknown layer 'relux'; ", ArchitectureParser.Parse("serial(dense,\n  relux)").Error![..28]);
    }

    [Fact]
    public void Presets_and_defaults()
    {
        Assert.Equal(FullyConnected.Relu(2), Parse("fc"));
        Assert.Equal(new FullyConnected(3, Relu.Instance, Number.Of(1, 10)), Parse("fc(layers=3, act=relu, bias=0.1)"));
        Assert.Equal(new ResNet(10, Number.Half), Parse("resnet(blocks=10, alpha=0.5)"));
        Assert.Equal(ResNet.WithGamma(10, Number.One), Parse("resnet(blocks=10, gamma=1)"));
        Assert.Equal(new ResNet(1, Number.One), Parse("resnet"));
        Assert.Equal(new Dense(Number.One, Number.Zero, false), Parse("dense(trained=false)"));
        Assert.Equal(new Nonlinearity(new AbRelu(Number.Of(1, 100), Number.One)), Parse("leaky"));
        Assert.Equal(new Nonlinearity(new AbRelu(Number.Of(-1, 2), Number.Of(2))), Parse("abrelu(a=-0.5, b=2)"));
        Assert.Equal(Number.Of(1, 3), ((Scale)Parse("scale(c=2/6)")).Factor);
        Assert.Equal(Number.Of(2).Pow(Number.Half), ((Scale)Parse("scale(2^(1/2))")).Factor);
    }

    [Fact]
    public void The_composable_example_parses_to_the_stax_composition()
    {
        var layer = Parse("serial(dense, relu, residual(serial(dense, relu, dense), alpha=0.5)*3, dense)");
        var expected = Stax.Serial(Stax.Dense(), Stax.Relu(),
            Stax.Repeat(Stax.Residual(Stax.Serial(Stax.Dense(), Stax.Relu(), Stax.Dense()), Number.Half), 3), Stax.Dense());
        Assert.Equal(expected, layer);
    }

    [Theory]
    [InlineData("fc(layers=7, act=erf, bias=1/3)")]
    [InlineData("resnet(blocks=12, gamma=3/4)")]
    [InlineData("serial(dense(w=2, b=1/10, trained=false), step, dense*2*3, leaky(slope=1/5))")]
    [InlineData("serial(dense, fanout(3), parallel(identity, dense, serial(tanh, dense)), faninsum, scale(c=-2))")]
    [InlineData("residual(serial(dense, abrelu(a=-1, b=3), dense), alpha=10^(-1/4))")]
    public void Printed_specs_parse_back_to_equal_layers(string text)
    {
        var layer = Parse(text);
        Assert.Equal(layer, Parse(layer.Spec));
        Assert.Equal(layer.Spec, Parse(layer.Spec).Spec);
    }

    [Fact]
    public void Phi_activations_use_the_supplied_expression_binder()
    {
        ExpressionBinder binder = (string text, Symbol z, out Expr? e, out string? error) =>
        {
            (e, error) = text == "z*z" ? (z * z, null) : text == "w" ? (Symbol.Of("w"), null) : ((Expr?)null, "cannot parse");
            return e is not null;
        };
        var ok = ArchitectureParser.Parse("serial(dense, phi(\"z*z\"), dense)", binder);
        Assert.True(ok.IsSuccess, ok.Error);
        Assert.False(ok.Value!.HasClosedForm);
        Assert.Equal("1:19: phi: cannot parse", ArchitectureParser.Parse("serial(dense, phi(\"?\"))", binder).Error);
        Assert.Equal("1:19: phi may use only the variable z, got w", ArchitectureParser.Parse("serial(dense, phi(\"w\"))", binder).Error);
    }

    [Fact]
    public void Descriptions_state_the_conventions()
    {
        var fc = ArchitectureParser.Parse("fc(layers=2)");
        Assert.Contains("Bietti–Bach", fc.Description);
        Assert.Contains("1 hidden", fc.Description);
        var resnet = ArchitectureParser.Parse("resnet(blocks=4, alpha=0.5)");
        Assert.Contains("first layer A and last layer v fixed", resnet.Description);
        var custom = ArchitectureParser.Parse("serial(dense(trained=false), residual(serial(dense, relu, dense))*4, dense)");
        Assert.Contains("10 dense layer(s), 9 trained", custom.Description);
        Assert.Contains("relu(z) = max(z, 0), c = 2", custom.Description);
        Assert.Contains("fc(layers=L", ArchitectureGrammar.Text);
        Assert.Contains("c = 2", Conventions.Text);
    }
}
