using System.Collections.Immutable;
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
        var coefficient = Rational.One;
        double? floats = null;
        var floatFactors = new List<Expr>();
        var exponents = new Dictionary<Expr, List<Expr>>();
        var order = new List<Expr>();

        foreach (var factor in factors) Absorb(factor);
        if (coefficient.IsZero) return Number.Zero;

        // Merging bases can expose new numeric factors (√8·√2 → 4); a few passes reach the fixpoint.
        List<Expr> result = [];
        for (int pass = 0; pass < 4; pass++)
        {
            result.Clear();
            bool again = false;
            foreach (var @base in order)
            {
                var list = exponents[@base];
                var merged = Pow(@base, list.Count == 1 ? list[0] : Add([.. list]));
                switch (merged)
                {
                    case Number n: coefficient *= n.Value; break;
                    case Float f: floats = (floats ?? 1) * f.Value; floatFactors.Add(f); break;
                    case Product p: coefficient *= p.Coefficient; result.AddRange(p.Factors); again = true; break;
                    default: result.Add(merged); break;
                }
            }
            if (!again || coefficient.IsZero) break;
            exponents.Clear();
            order.Clear();
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

        result.Sort(ExprOrder.Instance);
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
            var (b, e) = factor is Power p ? (p.Base, p.Exponent) : (factor, (Expr)Number.One);
            if (!exponents.TryGetValue(b, out var list))
            {
                exponents[b] = list = [];
                order.Add(b);
            }
            list.Add(e);
        }
    }

    /// <summary>a / b = a·b⁻¹.</summary>
    public static Expr Divide(Expr a, Expr b) => Multiply(a, Pow(b, Number.MinusOne));

    private static Expr Distribute(Rational c, Sum s)
    {
        var terms = new Expr[s.Terms.Length + 1];
        terms[0] = Number.Of(c * s.Constant);
        for (int i = 0; i < s.Terms.Length; i++) terms[i + 1] = Scale(c * s.Terms[i].Coefficient, s.Terms[i].Body);
        return Add(terms);
    }
}
