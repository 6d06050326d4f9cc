using Symbolic.Core.Functions;

namespace Symbolic.Core.Tests.Functions;

public sealed class BuiltInsTests
{
    [Fact]
    public void Every_function_id_has_a_descriptor_with_a_static_evaluator()
    {
        foreach (var id in Enum.GetValues<FunctionId>())
        {
            var info = BuiltIns.Get(id);
            Assert.Equal(id, info.Id);
            Assert.True(info.Method.IsStatic, $"{info.Name} evaluator must be static for the compiler");
            Assert.Equal(info.Arity, info.Method.GetParameters().Length);
            Assert.True(BuiltIns.TryGet(info.Name, out var byName) && byName == info);
        }
    }

    [Theory]
    [InlineData(0.0, 0.0)]
    [InlineData(0.5, 0.52049987781304653768)]
    [InlineData(1.0, 0.84270079294971486934)]
    [InlineData(2.0, 0.99532226501895273416)]
    [InlineData(3.5, 0.99999925690162765859)]
    [InlineData(-1.5, -0.96610514647531072707)]
    [InlineData(1e-10, 1.1283791670955126e-10)]
    public void Erf_matches_reference_values(double x, double expected) =>
        Assert.True(Math.Abs(SpecialFunctions.Erf(x) - expected) <= 1e-15 * Math.Max(1, Math.Abs(expected)) + 1e-300,
            $"erf({x}) = {SpecialFunctions.Erf(x):R}, expected {expected:R}");

    [Fact]
    public void Step_and_sign_conventions()
    {
        Assert.Equal(0.5, SpecialFunctions.Heaviside(0));
        Assert.Equal(1, SpecialFunctions.Heaviside(1e-300));
        Assert.Equal(0, SpecialFunctions.Sign(0));
        Assert.True(double.IsNaN(SpecialFunctions.Heaviside(double.NaN)));
    }

    [Fact]
    public void Aliases_resolve_and_arity_is_checked()
    {
        Assert.True(Fn.TryApply("arccos", [Symbolic.Core.Expressions.Symbol.Of("x")], out var r, out _));
        Assert.Same(Fn.Acos(Symbolic.Core.Expressions.Symbol.Of("x")), r);
        Assert.False(Fn.TryApply("max", [Symbolic.Core.Expressions.Number.One], out _, out var error));
        Assert.Contains("2 argument", error);
        Assert.False(Fn.TryApply("foo", [], out _, out error));
        Assert.Contains("unknown function 'foo'", error);
    }
}
