using Symbolic.Core.Expressions;
using Symbolic.Core.Numbers;

namespace Symbolic.Core.Series;

/// <summary>
/// Thrown by <see cref="PuiseuxSeries"/> operations that have no valid result, such as inverting a series whose
/// leading term is unknown or taking √ of a negative leading term. <see cref="SeriesExpander.Expand(Expr, Symbol, ExpansionPoint, Rational)"/> catches it
/// and reports a <see cref="SeriesExpansion"/> with an error instead, so user input never surfaces it.
/// </summary>
public sealed class SeriesException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SeriesException(SeriesFailure failure, string message) : base(message) => Failure = failure;

    /// <summary>Creates the exception with an unspecified reason (<see cref="SeriesFailure.Unsupported"/>).</summary>
    public SeriesException() : this(SeriesFailure.Unsupported, "Series operation failed.") { }

    /// <summary>Creates the exception with an unspecified reason (<see cref="SeriesFailure.Unsupported"/>).</summary>
    public SeriesException(string message) : this(SeriesFailure.Unsupported, message) { }

    /// <summary>Creates the exception wrapping another (<see cref="SeriesFailure.Unsupported"/>).</summary>
    public SeriesException(string message, Exception innerException) : base(message, innerException) =>
        Failure = SeriesFailure.Unsupported;

    /// <summary>The reason.</summary>
    public SeriesFailure Failure { get; }
}
