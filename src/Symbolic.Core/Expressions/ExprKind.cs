namespace Symbolic.Core.Expressions;

/// <summary>The closed set of node kinds. The numeric value is the rank used by <see cref="ExprOrder"/>.</summary>
public enum ExprKind
{
    /// <summary>An exact rational, <see cref="Expressions.Number"/>.</summary>
    Number = 0,
    /// <summary>An explicit approximate constant, <see cref="Expressions.Float"/>.</summary>
    Float = 1,
    /// <summary>π or e, <see cref="Expressions.Constant"/>.</summary>
    Constant = 2,
    /// <summary>A variable, <see cref="Expressions.Symbol"/>.</summary>
    Symbol = 3,
    /// <summary>A function application, <see cref="Expressions.Call"/>.</summary>
    Call = 4,
    /// <summary>bᵉ, <see cref="Expressions.Power"/>.</summary>
    Power = 5,
    /// <summary>c·Πfᵢ, <see cref="Expressions.Product"/>.</summary>
    Product = 6,
    /// <summary>c + Σcᵢtᵢ, <see cref="Expressions.Sum"/>.</summary>
    Sum = 7,
}
