namespace Symbolic.Cli.Derivations;

/// <summary>The outcome of running one derivation.</summary>
/// <param name="Derivation">The derivation that ran.</param>
/// <param name="Folder">Its report folder.</param>
/// <param name="Verdicts">The claims' verdicts in file order.</param>
/// <param name="Pdf">Whether report.pdf was written.</param>
/// <param name="PdfNote">Why (or why not) there is a PDF.</param>
public sealed record DerivationResult(Derivation Derivation, string Folder, IReadOnlyList<Verdict> Verdicts, bool Pdf, string PdfNote)
{
    /// <summary>Whether every claim passed.</summary>
    public bool Passed => Verdicts.All(v => v.Pass);
}
