namespace Symbolic.Core.Series;

/// <summary>A three-valued answer of a decision procedure.</summary>
internal enum Truth
{
    False,
    True,
    Unknown,
}
