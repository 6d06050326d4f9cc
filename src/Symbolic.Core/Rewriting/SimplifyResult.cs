using Symbolic.Core.Expressions;

namespace Symbolic.Core.Rewriting;

/// <summary>The outcome of <see cref="Simplifier.Simplify"/>.</summary>
/// <param name="Result">The simplified expression, equal in value to the input wherever the input is defined
/// (whatever the stop reason: a stopped run is only less simplified).</param>
/// <param name="Stop">Why rewriting ended; <see cref="StopReason.Saturated"/> means no rule applies anywhere.</param>
/// <param name="Trace">The applied rules when <see cref="SimplifyOptions.RecordTrace"/> was set, else null.</param>
public sealed record SimplifyResult(Expr Result, StopReason Stop, RewriteTrace? Trace);
