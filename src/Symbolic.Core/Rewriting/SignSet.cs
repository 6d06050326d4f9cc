namespace Symbolic.Core.Rewriting;

/// <summary>The signs an expression may take where it is defined: a subset of {−, 0, +}.</summary>
[Flags]
internal enum SignSet
{
    None = 0,
    Negative = 1,
    Zero = 2,
    Positive = 4,
    Any = Negative | Zero | Positive,
}
