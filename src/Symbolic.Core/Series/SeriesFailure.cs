namespace Symbolic.Core.Series;

/// <summary>Why a series could not be computed.</summary>
public enum SeriesFailure
{
    /// <summary>Not enough terms are known (e.g. no known nonzero leading term to divide by); a larger working
    /// order may succeed.</summary>
    Shortfall,

    /// <summary>The function is not real-valued near the point (acos of a value above 1, √ of a negative leading
    /// term, log of a negative number, division by the zero series).</summary>
    Domain,

    /// <summary>The expansion exists but is not a Puiseux series: log u terms, or an essential singularity such as
    /// exp(1/u).</summary>
    NotPuiseux,

    /// <summary>The input uses something the expander does not handle (a symbolic exponent on a vanishing base).</summary>
    Unsupported,

    /// <summary>The lazy coefficient recursion would overflow the stack.</summary>
    TooDeep,

    /// <summary>The expansion ran past its <see cref="SeriesBudget"/> (time) or was cancelled.</summary>
    BudgetExceeded,
}
