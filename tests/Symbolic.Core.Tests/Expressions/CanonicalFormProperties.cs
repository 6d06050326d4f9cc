using FsCheck.Xunit;
using Symbolic.Core.Expressions;
using Symbolic.Testing;

namespace Symbolic.Core.Tests.Expressions;

public sealed class CanonicalFormProperties
{
    [Property(Arbitrary = [typeof(ExprArbitrary)], MaxTest = 300, Replay = "(1234,5679)")]
    public bool Addition_is_commutative_by_identity(Expr a, Expr b) => ReferenceEquals(a + b, b + a);

    [Property(Arbitrary = [typeof(ExprArbitrary)], MaxTest = 300, Replay = "(1234,5679)")]
    public bool Addition_is_associative_by_identity(Expr a, Expr b, Expr c) => ReferenceEquals((a + b) + c, a + (b + c));

    [Property(Arbitrary = [typeof(ExprArbitrary)], MaxTest = 300, Replay = "(1234,5679)")]
    public bool Multiplication_is_commutative_by_identity(Expr a, Expr b) => ReferenceEquals(a * b, b * a);

    [Property(Arbitrary = [typeof(ExprArbitrary)], MaxTest = 300, Replay = "(1234,5679)")]
    public bool Self_difference_is_zero(Expr a) => ReferenceEquals(a - a, Number.Zero);

    [Property(Arbitrary = [typeof(ExprArbitrary)], MaxTest = 300, Replay = "(1234,5679)")]
    public bool Self_product_is_square(Expr a) => ReferenceEquals(a * a, a.Pow(2));
}
