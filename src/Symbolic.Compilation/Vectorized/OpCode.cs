namespace Symbolic.Compilation.Vectorized;

/// <summary>The operations of a <see cref="Tape"/>. Vector opcodes run lane-wise over a whole chunk; Scalar* opcodes
/// call a scalar method per element (bitwise the interpreter's value).</summary>
internal enum OpCode
{
    /// <summary>c₀ + Σ cᵢ·xᵢ, accumulated left to right from c₀ as <c>Evaluator</c> does.</summary>
    Sum,

    /// <summary>c·x₁·x₂·…, multiplied left to right from c (from x₁ when c = 1).</summary>
    Product,

    /// <summary>√x (exponent ½).</summary>
    Sqrt,

    /// <summary>1/x (exponent −1).</summary>
    Reciprocal,

    /// <summary>x^(k/2) for a small half-integer exponent by products, √ and one division; lanes with an argument
    /// outside (2⁻²⁰⁰, 2²⁰⁰) in magnitude (or NaN) are redone by <see cref="Math.Pow"/>.</summary>
    SmallPower,

    /// <summary>Math.Pow(x, e) per element, e an immediate.</summary>
    ScalarPowerConstant,

    /// <summary>Math.Pow(x, y) per element.</summary>
    ScalarPower,

    /// <summary>A unary built-in per element through its descriptor's method.</summary>
    ScalarUnary,

    /// <summary>A binary built-in per element through its descriptor's method.</summary>
    ScalarBinary,

    /// <summary>max(x, y) lane-wise (Math.Max semantics).</summary>
    Max,

    /// <summary>min(x, y) lane-wise (Math.Min semantics).</summary>
    Min,

    /// <summary>acos x (vector polynomial).</summary>
    Acos,

    /// <summary>asin x (vector polynomial).</summary>
    Asin,

    /// <summary>atan x (vector polynomial).</summary>
    Atan,

    /// <summary>eˣ (runtime vector Exp).</summary>
    Exp,

    /// <summary>ln x (runtime vector Log).</summary>
    Log,

    /// <summary>sin x (runtime vector Sin).</summary>
    Sin,

    /// <summary>cos x (runtime vector Cos).</summary>
    Cos,

    /// <summary>|x|.</summary>
    Abs,

    /// <summary>sign x.</summary>
    Sign,

    /// <summary>Heaviside step, H(0) = ½.</summary>
    Heaviside,

    /// <summary>Fused acos ∘ scale ∘ affine: c₀ + c·(acos(x)·k), Coefficients [k, c], Immediate c₀ — the κ₁ piece
    /// 1 − acos(x)/π of the ReLU duals in one pass, bitwise the three unfused steps (<see cref="TapeFuser"/>).</summary>
    AcosAffine,

    /// <summary>Fused k·√(c₀ + c·x²), Coefficients [c, k], Immediate c₀ — the κ₁ piece √(1 − x²)/π in one pass,
    /// bitwise the four unfused steps, x² guarded like <see cref="SmallPower"/>.</summary>
    ScaledSqrtAffineSquare,

    /// <summary>Fused min(hi, max(lo, c₀ + Σ cᵢ·xᵢ)): a <see cref="Sum"/> clamped to [lo, hi] in the same pass,
    /// Coefficients [c₁, …, cₙ, lo, hi], Immediate c₀.</summary>
    ClampedSum,

    /// <summary>Fused sign(x)·H(c₀ + c·|x|), Coefficients [c, 1 if sign is the first factor else 0], Immediate c₀ — the ResNet kernels' snap of a cosine
    /// to ±1 near the ends — in one pass, bitwise the five unfused steps.</summary>
    SignedStep,

    /// <summary>Fused c₀ + Σ cᵢ·tᵢ with each term tᵢ either xᵢ or a unit two-factor product xᵢ·yᵢ whose only readers
    /// are such sums — Θ·κ₀ + Σ·κ₀ + κ₁′ of the NTK recursion (fc-resnet.md §1.3) in one pass, bitwise the product
    /// and sum sweeps; Coefficients [c₁, …, cₙ, f₁, …, fₙ] (fᵢ the factor count), Immediate c₀
    /// (<see cref="ProductSumKernels{TV, L}"/>).</summary>
    ProductSum,

    /// <summary><see cref="ProductSum"/> clamped to [lo, hi] as <see cref="ClampedSum"/> is, Coefficients
    /// [c₁, …, cₙ, f₁, …, fₙ, lo, hi].</summary>
    ClampedProductSum,
}
