using System.Text.Json;
using Symbolic.Spectral.Gram;

namespace Symbolic.Cli.Bench;

/// <summary>What <see cref="GramRun"/> computes a Gram matrix of: n points and a region computer (FC zonal kernels through
/// the Gram engine, or image kernels through <see cref="ImageGramEngine"/>), with the lines and JSON fields that describe
/// the points.</summary>
/// <param name="Count">The number of points n.</param>
/// <param name="Summary">The text-mode description of the points, e.g. "d = 3 (rows normalised to the unit sphere)".</param>
/// <param name="Normalization">What was done to the inputs, for the stderr line.</param>
/// <param name="Compute">Computes the block rows × columns of K into a sink (coordinates relative to the block).</param>
/// <param name="WriteFields">Writes the point-describing JSON fields after "n".</param>
public sealed record GramSource(int Count, string Summary, string Normalization,
    Action<(long Start, int Length), (long Start, int Length), IGramSink> Compute, Action<Utf8JsonWriter> WriteFields);
