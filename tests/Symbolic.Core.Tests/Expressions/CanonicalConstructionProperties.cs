using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Symbolic.Core.Expressions;
using Symbolic.Core.Numbers;
using Symbolic.Core.Rewriting.Rules;
using Symbolic.Core.Traversal;
using Symbolic.Testing;
using static Symbolic.Core.Algebra.Algebra;

namespace Symbolic.Core.Tests.Expressions;

/// <summary>
/// The fast construction paths build exactly the nodes of the straightforward ones: the pooled term collector of
/// <see cref="Add"/> against a coefficient dictionary, the rescaling shortcut of <see cref="Scale"/> and of two-factor
/// <see cref="Multiply"/> against the general product, and <see cref="Rebuild.With"/> of a sum (which adds cᵢ·childᵢ
/// without building each product) against the sum of the scaled children — with floats and sums past the collector's
/// linear-scan size included.
/// </summary>
public sealed class CanonicalConstructionProperties
{
    private static readonly Symbol X = Symbol.Of("x");

    /// <summary>Expressions from <see cref="ExprArbitrary"/>, some with a float term or factor.</summary>
    public static Arbitrary<Expr> Exprs() => Gen.Frequency(
        (6, ExprArbitrary.Expression),
        (1, ExprArbitrary.Expression.Zip(FloatLeaf).Select(p => p.Item1 + p.Item2)),
        (1, ExprArbitrary.Expression.Zip(FloatLeaf).Select(p => p.Item1 * p.Item2))).ToArbitrary();

    /// <summary>Nonzero rationals, small and 2,000-bit dyadic ones like the diagonals (5/4)^L.</summary>
    public static Arbitrary<Rational> Rationals() => Gen.OneOf(
        Gen.Choose(-9, 9).Where(n => n != 0).Zip(Gen.Choose(1, 8)).Select(p => Rational.Of(p.Item1, p.Item2)),
        Gen.Choose(1, 900).Select(k => Rational.Of(System.Numerics.BigInteger.Pow(5, k), System.Numerics.BigInteger.Pow(4, k)))).ToArbitrary();

    private static Gen<Expr> FloatLeaf => Gen.Choose(-400, 400).Where(n => n != 0).Select(n => (Expr)Float.Of(n / 64.0 + 1e-3));

    [Property(Arbitrary = [typeof(CanonicalConstructionProperties)], MaxTest = 400, Replay = "(1234,5679)")]
    public bool Sum_equals_the_dictionary_construction(Expr[] terms) => ReferenceEquals(Add(terms), ReferenceAdd(terms));

    [Property(Arbitrary = [typeof(CanonicalConstructionProperties)], MaxTest = 400, Replay = "(1234,5679)")]
    public bool Scale_equals_the_general_product(Rational c, Expr e) =>
        ReferenceEquals(Scale(c, e), c.IsOne ? e : MultiplyGeneral([Number.Of(c), e]))
        && ReferenceEquals(Multiply(Number.Of(c), e), MultiplyGeneral([Number.Of(c), e]))
        && ReferenceEquals(Multiply(e, Number.Of(c)), MultiplyGeneral([e, Number.Of(c)]));

    [Property(Arbitrary = [typeof(CanonicalConstructionProperties)], MaxTest = 300, Replay = "(1234,5679)")]
    public bool Rebuilt_sum_equals_the_sum_of_its_scaled_children(Expr a, Expr b, Expr[] replacements)
    {
        if (a + b + X + X.Pow(2) is not Sum sum) return true;
        var children = new Expr[sum.Terms.Length];
        for (int i = 0; i < children.Length; i++)
            children[i] = replacements.Length > 0 && i % 2 == 0 ? replacements[i % replacements.Length] : sum.Terms[i].Body;
        var reference = new List<Expr> { Number.Of(sum.Constant) };
        for (int i = 0; i < children.Length; i++) reference.Add(Scale(sum.Terms[i].Coefficient, children[i]));
        return ReferenceEquals(Rebuild.With(sum, children), ReferenceAdd([.. reference]));
    }

    [Property(Arbitrary = [typeof(CanonicalConstructionProperties)], MaxTest = 400, Replay = "(1234,5679)")]
    public bool Difference_equals_the_sum_with_the_negation(Expr a, Expr b) => ReferenceEquals(Subtract(a, b), ReferenceAdd([a, Negate(b)]));

    [Property(Arbitrary = [typeof(CanonicalConstructionProperties)], MaxTest = 300, Replay = "(1234,5679)")]
    public bool Distribution_equals_the_sum_of_the_products_of_parts(Expr a, Expr b, Expr c, Expr d, Rational k)
    {
        var product = Multiply(Number.Of(k), a + X, b + c, (d + 1).Pow(-1) + X.Pow(2));
        var distributed = ExpandRules.Distribute(ExpandRules.DefaultMaxTerms).Apply(product);
        if (product is not Product p || distributed is null) return true;
        var sums = p.Factors.OfType<Sum>().ToList();
        List<Expr> products = [Multiply([Number.Of(p.Coefficient), .. p.Factors.Where(f => f is not Sum)])];
        foreach (var s in sums)
        {
            var parts = Patterns.Parts(s).ToList();
            products = [.. products.SelectMany(x => parts.Select(part => MultiplyGeneral([x, part])))];
        }
        return ReferenceEquals(distributed, ReferenceAdd([.. products]));
    }

    [Fact]
    public void Sum_of_many_terms_merges_like_terms_past_the_linear_scan()
    {
        var symbols = Enumerable.Range(0, 40).Select(i => (Expr)Symbol.Of($"s{i}")).ToArray();
        Expr[] twice = [.. symbols, .. symbols.Reverse(), Number.One];
        var doubled = Add(twice);
        Assert.Same(ReferenceAdd(twice), doubled);
        var sum = Assert.IsType<Sum>(doubled);
        Assert.Equal(40, sum.Terms.Length);
        Assert.All(sum.Terms, t => Assert.Equal(Rational.Of(2), t.Coefficient));
        Assert.Same(Number.One, Add([doubled, .. symbols.Select(s => -2 * s)]));
    }

    [Fact]
    public void Product_of_many_bases_merges_exponents_past_the_linear_scan()
    {
        var symbols = Enumerable.Range(0, 30).Select(i => (Expr)Symbol.Of($"p{i}")).ToArray();
        var squares = Multiply([.. symbols, .. symbols.Reverse()]);
        Assert.Same(MultiplyGeneral([.. symbols.Select(s => s.Pow(2))]), squares);
        Assert.Same(Number.One, Multiply([squares, .. symbols.Select(s => s.Pow(-2))]));
    }

    /// <summary>The canonical sum as a coefficient dictionary builds it: constant, float part, one coefficient per
    /// body, bodies sorted by <see cref="ExprOrder"/>.</summary>
    private static Expr ReferenceAdd(Expr[] terms)
    {
        var constant = Rational.Zero;
        double? floats = null;
        var floatTerms = new List<Sum.Term>();
        var coefficients = new Dictionary<Expr, Rational>();
        foreach (var term in terms)
        {
            switch (term)
            {
                case Number n: constant += n.Value; break;
                case Sum s:
                    constant += s.Constant;
                    foreach (var (c, body) in s.Terms) Collect(body, c);
                    break;
                case Product { Coefficient.IsOne: false } p:
                    Collect(p.Factors.Length == 1 ? p.Factors[0] : Product.Intern(Rational.One, p.Factors), p.Coefficient);
                    break;
                default: Collect(term, Rational.One); break;
            }
        }
        if (floats is double f)
        {
            f += constant.ToDouble();
            if (!double.IsNaN(f))
            {
                constant = Rational.Zero;
                if (f != 0) coefficients[Float.Of(f)] = Rational.One;
            }
            else foreach (var t in floatTerms) coefficients[t.Body] = coefficients.GetValueOrDefault(t.Body) + t.Coefficient;
        }
        var kept = coefficients.Where(p => !p.Value.IsZero).Select(p => new Sum.Term(p.Value, p.Key))
                               .OrderBy(t => t.Body, ExprOrder.Instance).ToImmutableArray();
        return (constant.IsZero, kept.Length) switch
        {
            (_, 0) => Number.Of(constant),
            (true, 1) => Scale(kept[0].Coefficient, kept[0].Body),
            _ => Sum.Intern(constant, kept),
        };

        void Collect(Expr body, Rational c)
        {
            if (body is Float fl)
            {
                floats = (floats ?? 0) + c.ToDouble() * fl.Value;
                floatTerms.Add(new Sum.Term(c, fl));
            }
            else coefficients[body] = coefficients.GetValueOrDefault(body) + c;
        }
    }
}
