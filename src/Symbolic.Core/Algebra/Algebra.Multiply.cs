using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using Symbolic.Core.Numbers;

namespace Symbolic.Core.Algebra;

public static partial class Algebra
{
    /// <summary>
    /// Canonical product: flattens nested products, folds rationals into the coefficient, merges equal bases by
    /// adding exponents (x·x → x², x·x⁻¹ → 1, √2·√2 → 2), sorts factors by <see cref="ExprOrder"/>, and
    /// distributes a rational coefficient over a lone sum (2(x + 1) → 2x + 2). Floats absorb the coefficient.
    /// </summary>
    public static Expr Multiply(params ReadOnlySpan<Expr> factors)
    {
        if (factors.Length == 2)
        {
            if (factors[0] is Number n0 && factors[1].IsExact) return ScaleExact(n0.Value, factors[1]);
            if (factors[1] is Number n1 && factors[0].IsExact) return ScaleExact(n1.Value, factors[0]);
        }
        return MultiplyGeneral(factors);
    }

    internal static Expr MultiplyGeneral(ReadOnlySpan<Expr> factors)
    {
        var collector = FactorCollector.Rent();
        try
        {
            return MultiplyWith(factors, collector);
        }
        finally
        {
            collector.Release();
        }
    }

    private static Expr MultiplyWith(ReadOnlySpan<Expr> factors, FactorCollector bases)
    {
        var coefficient = Rational.One;
        double? floats = null;
        var floatFactors = bases.FloatFactors;

        foreach (var factor in factors) Absorb(factor);
        if (coefficient.IsZero) return Number.Zero;

        // Merging bases can expose new numeric factors (√8·√2 → 4); a few passes reach the fixpoint.
        var result = bases.Result;
        for (int pass = 0; pass < 4; pass++)
        {
            result.Clear();
            bool again = false;
            for (int i = 0; i < bases.Count; i++)
            {
                var merged = Pow(bases.Base(i), bases.Exponent(i));
                switch (merged)
                {
                    case Number n: coefficient *= n.Value; break;
                    case Float f: floats = (floats ?? 1) * f.Value; floatFactors.Add(f); break;
                    case Product p: coefficient *= p.Coefficient; result.AddRange(p.Factors); again = true; break;
                    default: result.Add(merged); break;
                }
            }
            if (!again || coefficient.IsZero) break;
            bases.ClearBases();
            foreach (var f in result) Absorb(f);
        }
        if (coefficient.IsZero) return Number.Zero;

        if (floats is double fl)
        {
            fl *= coefficient.ToDouble();
            if (double.IsNaN(fl))
                return Product.Intern(coefficient, [.. result.Concat(floatFactors).Order(ExprOrder.Instance)]);   // 0·∞: keep the floats apart
            coefficient = Rational.One;
            if (fl == 0) return Number.Zero;
            if (fl != 1 || result.Count == 0) result.Add(Float.Of(fl));
        }

        // ExprOrder is a strict total order on distinct nodes, so any sorting algorithm gives the same order.
        result.Sort(ExprOrder.Comparison);
        if (result.Count == 0) return Number.Of(coefficient);
        if (result.Count == 1)
        {
            if (coefficient.IsOne) return result[0];
            if (result[0] is Sum s) return Distribute(coefficient, s);
        }
        return Product.Intern(coefficient, [.. result]);

        void Absorb(Expr factor)
        {
            switch (factor)
            {
                case Number n: coefficient *= n.Value; break;
                case Float f: floats = (floats ?? 1) * f.Value; floatFactors.Add(f); break;
                case Product p:
                    coefficient *= p.Coefficient;
                    foreach (var inner in p.Factors) AddFactor(inner);
                    break;
                default: AddFactor(factor); break;
            }
        }

        void AddFactor(Expr factor)
        {
            if (factor is Power p) bases.Add(p.Base, p.Exponent);
            else bases.Add(factor, Number.One);
        }
    }

    /// <summary>a / b = a·b⁻¹.</summary>
    public static Expr Divide(Expr a, Expr b) => Multiply(a, Pow(b, Number.MinusOne));

    /// <summary>
    /// c·e for an exact e: the node <see cref="Multiply"/> builds for [c, e], without its general merging. An exact
    /// canonical e has no float to absorb and no two factors with one base, and each of its factors is a canonical
    /// power that <see cref="Pow"/> rebuilds as itself, so the product only rescales: c·n is a number, c·Σ distributes,
    /// c·Π changes the coefficient (to a lone factor when it becomes 1), and any other e becomes the product c·e.
    /// </summary>
    internal static Expr ScaleExact(Rational c, Expr e)
    {
        if (c.IsZero) return Number.Zero;
        if (c.IsOne) return e;
        switch (e)
        {
            case Number n: return Number.Of(c * n.Value);
            case Sum s: return Distribute(c, s);
            case Product p when p.Factors is not [Sum]:
                var k = c * p.Coefficient;
                if (!k.IsOne) return Product.Intern(k, p.Factors);
                return p.Factors.Length == 1 ? p.Factors[0] : Product.Intern(Rational.One, p.Factors);
            case Product:
                return MultiplyGeneral([Number.Of(c), e]);
            default: return Product.Intern(c, [e]);
        }
    }

    /// <summary>c·(c₀ + Σ cᵢtᵢ) = c·c₀ + Σ (c·cᵢ)tᵢ for c ≠ 0. The bodies of an exact sum stay distinct and in order, so
    /// the canonical sum is the rescaled node itself; a float term goes through <see cref="Add"/> (c·f folds).</summary>
    private static Expr Distribute(Rational c, Sum s)
    {
        if (s.IsExact)
        {
            var scaled = new Sum.Term[s.Terms.Length];
            for (int i = 0; i < scaled.Length; i++) scaled[i] = new Sum.Term(c * s.Terms[i].Coefficient, s.Terms[i].Body);
            return Sum.Intern(c * s.Constant, ImmutableCollectionsMarshal.AsImmutableArray(scaled));
        }
        var sum = TermCollector.Rent();
        sum.AddConstant(c * s.Constant);
        foreach (var (coefficient, body) in s.Terms) sum.AddScaled(c * coefficient, body);
        return sum.ToExpr();
    }
}
