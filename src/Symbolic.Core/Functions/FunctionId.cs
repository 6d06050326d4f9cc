namespace Symbolic.Core.Functions;

/// <summary>The built-in functions. Each has exactly one <see cref="FunctionInfo"/> in <see cref="BuiltIns"/>.
/// √ is not here: it is the power ½ (see <see cref="Fn.Sqrt"/>).</summary>
public enum FunctionId
{
    /// <summary>eˣ.</summary>
    Exp,
    /// <summary>Natural logarithm.</summary>
    Log,
    /// <summary>Sine.</summary>
    Sin,
    /// <summary>Cosine.</summary>
    Cos,
    /// <summary>Tangent.</summary>
    Tan,
    /// <summary>Arcsine on [−1, 1].</summary>
    Asin,
    /// <summary>Arccosine on [−1, 1].</summary>
    Acos,
    /// <summary>Arctangent.</summary>
    Atan,
    /// <summary>Hyperbolic sine.</summary>
    Sinh,
    /// <summary>Hyperbolic cosine.</summary>
    Cosh,
    /// <summary>Hyperbolic tangent.</summary>
    Tanh,
    /// <summary>Error function erf x = (2/√π)∫₀ˣ e^(−s²) ds.</summary>
    Erf,
    /// <summary>|x|.</summary>
    Abs,
    /// <summary>sign x ∈ {−1, 0, 1}.</summary>
    Sign,
    /// <summary>Heaviside step H(x): 0 for x &lt; 0, ½ at 0, 1 for x &gt; 0.</summary>
    Heaviside,
    /// <summary>max(a, b).</summary>
    Max,
    /// <summary>min(a, b).</summary>
    Min,
}
