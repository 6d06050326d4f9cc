namespace Symbolic.Cli.Fuzzing;

/// <summary>The text inputs of the command line that <c>symbolic fuzz</c> attacks.</summary>
public enum FuzzTarget
{
    /// <summary>Expressions: <c>expr simplify|diff|latex|eval</c>.</summary>
    Expression,

    /// <summary>Architecture specs: <c>derive --arch</c>, <c>eval --arch</c>, <c>expand --arch</c>.</summary>
    Architecture,

    /// <summary>Cosine lists and numeric options: <c>eval --t</c>, <c>spectrum --dimension</c>, <c>mc --width</c>.</summary>
    Number,

    /// <summary>Derivation files: <c>run FILE</c>.</summary>
    Derivation,

    /// <summary>CSV point files: <c>gram --data FILE.csv</c>.</summary>
    Csv,

    /// <summary>.npy point files: <c>gram --data FILE.npy</c>.</summary>
    Npy,
}
