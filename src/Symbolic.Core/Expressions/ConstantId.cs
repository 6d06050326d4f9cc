namespace Symbolic.Core.Expressions;

/// <summary>The named transcendental constants.</summary>
public enum ConstantId
{
    /// <summary>π.</summary>
    Pi,
    /// <summary>Euler's number e.</summary>
    E,
}
