using Symbolic.Core.Expressions;
using Symbolic.Core.Numbers;

namespace Symbolic.Core.Series;

/// <summary>One term c·u^p of a series.</summary>
/// <param name="Power">The exponent p (a multiple of 1/n for ramification n).</param>
/// <param name="Coefficient">The exact coefficient c, in canonical form.</param>
public readonly record struct SeriesTerm(Rational Power, Expr Coefficient);
