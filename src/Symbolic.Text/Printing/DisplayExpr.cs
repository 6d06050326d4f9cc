using System.Collections.Immutable;
using System.Numerics;
using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;

namespace Symbolic.Text.Printing;

/// <summary>
/// The visual IR between <see cref="Expr"/> and text (MathNet.Symbolics' VisualExpression): it has already decided
/// fractions, leading minus signs, roots, display order and the parentheses every format needs. Format-specific
/// grouping (text fractions and exponents; LaTeX braces) is left to the thin printers. Trees are shallow: the
/// <see cref="SharedSubexpressionNamer"/> bounds their depth.
/// </summary>
internal abstract record DisplayExpr;

/// <summary>A non-negative integer.</summary>
internal sealed record DisplayInteger(BigInteger Value) : DisplayExpr;

/// <summary>A non-negative explicit float (signs are pulled out into <see cref="DisplayNegation"/> or sum terms).</summary>
internal sealed record DisplayFloat(double Value) : DisplayExpr;

/// <summary>π or e.</summary>
internal sealed record DisplayConstant(ConstantId Id) : DisplayExpr;

/// <summary>A symbol, by name.</summary>
internal sealed record DisplaySymbol(string Name) : DisplayExpr;

/// <summary>A reference to a named subexpression: a shared one (Σₖ / Sk) or another root of the same printout.</summary>
internal sealed record DisplayName(bool IsRoot, int Index) : DisplayExpr;

/// <summary>t₁ ± t₂ ± …, in display order; the first term may be negative (leading minus).</summary>
internal sealed record DisplaySum(ImmutableArray<DisplayTerm> Terms) : DisplayExpr;

/// <summary>One term of a <see cref="DisplaySum"/>: a sign and a magnitude.</summary>
internal readonly record struct DisplayTerm(bool Negative, DisplayExpr Magnitude);

/// <summary>f₁·f₂·…, at least two factors, each already parenthesised if it is a sum.</summary>
internal sealed record DisplayProduct(ImmutableArray<DisplayExpr> Factors) : DisplayExpr;

/// <summary>numerator / denominator.</summary>
internal sealed record DisplayFraction(DisplayExpr Numerator, DisplayExpr Denominator) : DisplayExpr;

/// <summary>−operand.</summary>
internal sealed record DisplayNegation(DisplayExpr Operand) : DisplayExpr;

/// <summary>base^exponent; the base is already parenthesised when it needs it in every format.</summary>
internal sealed record DisplayPower(DisplayExpr Base, DisplayExpr Exponent) : DisplayExpr;

/// <summary>√radicand.</summary>
internal sealed record DisplayRoot(DisplayExpr Radicand) : DisplayExpr;

/// <summary>f(a, b, …) for a built-in function.</summary>
internal sealed record DisplayCall(FunctionId Function, ImmutableArray<DisplayExpr> Arguments) : DisplayExpr;

/// <summary>( inner ).</summary>
internal sealed record DisplayParenthesis(DisplayExpr Inner) : DisplayExpr;
