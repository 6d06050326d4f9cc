using System.Collections.Immutable;
using Symbolic.Kernels.Derivation;
using Symbolic.Kernels.Layers;
using Symbolic.Kernels.Presets;
using Parallel = Symbolic.Kernels.Layers.Parallel;

namespace Symbolic.Kernels.Specs;

/// <summary>
/// Parses architecture text (<see cref="ArchitectureGrammar"/>) into a <see cref="Layer"/>. User errors never throw: they
/// come back as diagnostics pointing at the offending token, naming the value and the accepted range, e.g.
/// <c>1:15: blocks must be an integer ≥ 1, got -1</c>. Numbers are exact (0.5 is 1/2). A parsed architecture is also
/// checked structurally (fan-outs closed, residual branches uncorrelated with their skip path).
/// </summary>
public static class ArchitectureParser
{
    /// <summary>Parses <paramref name="text"/>; <paramref name="expressions"/> binds the text of <c>phi("…")</c>
    /// activations (without it, phi is reported as unavailable).</summary>
    public static ArchitectureParseResult Parse(string text, ExpressionBinder? expressions = null)
    {
        var errors = new List<SpecError>();
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(new SpecError(0, 0, "empty architecture; e.g. fc(layers=3) or resnet(blocks=10, alpha=0.5)"));
            return Failure(text ?? "", errors);
        }
        var node = new SpecParser(SpecLexer.Tokenize(text), errors).ParseSpec();
        if (node is null) return Failure(text, errors);
        var binder = new ArchitectureBinder(text, errors, expressions);
        var layer = binder.BindLayer(node);
        if (layer is null || errors.Count > 0) return Failure(text, errors);
        if (HasBranches(layer))
        {
            try
            {
                NumericKernel.Evaluate(layer, 0.5);
            }
            catch (ArchitectureException e)
            {
                var (start, end) = binder.Spans.TryGetValue(e.Layer, out var span) ? span : (0, text.Length);
                errors.Add(new SpecError(start, end - start, e.Message));
                return Failure(text, errors);
            }
        }
        return new ArchitectureParseResult(layer, layer.Description, []);
    }

    /// <summary>Whether the layer tree has a fan-out construct, the only source of structural errors.</summary>
    private static bool HasBranches(Layer layer)
    {
        var stack = new Stack<Layer>([layer]);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (current is FanOut or FanInSum or FanInConcat or Parallel or Residual) return true;
            if (current is Preset) continue;   // presets are well formed by construction
            foreach (var child in LayerTree.Children(current)) stack.Push(child);
        }
        return false;
    }

    private static ArchitectureParseResult Failure(string text, List<SpecError> errors) =>
        new(null, "", [.. errors.Select(e => Locate(text, e))]);

    private static ArchitectureDiagnostic Locate(string text, SpecError error)
    {
        int line = 1, column = 1;
        for (int i = 0; i < error.Start && i < text.Length; i++)
        {
            if (text[i] == '\n') { line++; column = 1; }
            else column++;
        }
        return new ArchitectureDiagnostic(line, column, error.Start, error.Length, error.Message);
    }
}
