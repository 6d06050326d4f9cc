using FsCheck;
using FsCheck.Fluent;
using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using Symbolic.Core.Numbers;
using Symbolic.Core.Series;

namespace Symbolic.Testing;

/// <summary>
/// FsCheck generators of truncated Puiseux series: ramification 1, 2 or 3, valuation 0…2 (in units of 1/n), one to
/// five terms whose coefficients are small rationals times 1, √2, π, 1/π or √2/π, a nonzero leading coefficient,
/// and an order at or just beyond the last term. Use as <c>[Property(Arbitrary = [typeof(SeriesArbitrary)])]</c>.
/// </summary>
public static class SeriesArbitrary
{
    private static readonly Expr[] s_atoms =
        [Number.One, Fn.Sqrt(2), Constant.Pi, Constant.Pi.Pow(-1), Fn.Sqrt(2) / Constant.Pi];

    /// <summary>A coefficient q·a, q a small rational (possibly 0), a one of the atoms.</summary>
    public static Gen<Expr> Coefficient { get; } =
        from p in Gen.Choose(-6, 6)
        from q in Gen.Choose(1, 4)
        from atom in Gen.Elements(s_atoms)
        select Number.Of(p, q) * atom;

    /// <summary>A nonzero coefficient.</summary>
    public static Gen<Expr> NonZeroCoefficient { get; } = Coefficient.Where(c => !ReferenceEquals(c, Number.Zero));

    /// <summary>Random truncated series.</summary>
    public static Gen<PuiseuxSeries> Series { get; } =
        from n in Gen.Elements(1, 2, 3)
        from valuation in Gen.Choose(0, 2)
        from lead in NonZeroCoefficient
        from rest in Coefficient.ArrayOf().Select(a => a.Take(4).ToArray())
        from extra in Gen.Choose(0, 2)
        select PuiseuxSeries.FromTerms(
            rest.Prepend(lead).Select((c, i) => new SeriesTerm(Rational.Of(valuation + i, n), c)),
            Rational.Of(valuation + rest.Length + 1 + extra, n));

    /// <summary>Arbitrary instance for <see cref="PuiseuxSeries"/> (no shrinking).</summary>
    public static Arbitrary<PuiseuxSeries> Serieses() => Series.ToArbitrary();
}
