using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Calico.Sdk.CodeFixes;

/// <summary>
/// Fixes for the common builder-chain findings, each rewriting the chain in place: backend to bird, IPIP or VXLAN to
/// Never, Typha on with a replica count sized to the chain's hosts, a <c>cluster_id</c> for a route reflector without
/// one, and the MTU the finding expects (<c>calico_veth_mtu</c> for CAL2014, <c>calico_mtu</c> for CAL4019).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CalicoClusterCodeFix))]
[Shared]
public sealed class CalicoClusterCodeFix : CodeFixProvider
{
    /// <summary>The <c>cluster_id</c> the fix gives a route reflector: the example of Kubespray's documentation.</summary>
    public const string DefaultClusterId = "1.0.0.1";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("CAL2001", "CAL1010", "CAL1011", "CAL3006", "CAL2004", "CAL1005", "CAL2014", "CAL4019");

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            var invocation = node.FirstAncestorOrSelf<InvocationExpressionSyntax>(i => i.Expression is MemberAccessExpressionSyntax m && m.Name.Span.Start == diagnostic.Location.SourceSpan.Start);
            if (invocation?.Expression is not MemberAccessExpressionSyntax access)
            {
                continue;
            }

            var (title, target, replacement) = diagnostic.Id == "CAL1005"
                ? ClusterIdFix(diagnostic, invocation)
                : CallFix(diagnostic, invocation, access);
            if (title is null || target is null || replacement is null)
            {
                continue;
            }

            var fixedRoot = root.ReplaceNode(target, replacement.WithTriviaFrom(target));
            context.RegisterCodeFix(
                CodeAction.Create(title, _ => Task.FromResult(context.Document.WithSyntaxRoot(fixedRoot)), equivalenceKey: diagnostic.Id + access.Name.Identifier.Text),
                diagnostic);
        }
    }

    // Fixes that rewrite the flagged call itself.
    private static (string? Title, SyntaxNode? Target, SyntaxNode? Replacement) CallFix(Diagnostic diagnostic, InvocationExpressionSyntax invocation, MemberAccessExpressionSyntax access)
    {
        var name = access.Name.Identifier.Text;
        switch (name)
        {
            case "Backend":
                return ("Use the bird backend", invocation, WithArgument(invocation, "NetworkBackend.Bird"));
            case "Ipip" or "Vxlan":
                return (name == "Ipip" ? "Set IPIP to Never" : "Set VXLAN to Never", invocation, WithArgument(invocation, "EncapsulationMode.Never"));
            case "Enabled" when diagnostic.Id == "CAL2004":
                var nodes = diagnostic.Properties.TryGetValue("CalicoNodes", out var text) && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;
                var replicas = Calico.Sdk.TyphaSizing.Recommended(nodes);
                return ($"Enable Typha with {replicas} replica(s)", invocation, SyntaxFactory.ParseExpression(
                    $"{access.Expression}.Enabled().Replicas({replicas.ToString(CultureInfo.InvariantCulture)})"));
            case "VethMtu" when diagnostic.Id == "CAL2014" && HintValue(diagnostic, "calico_veth_mtu") is { } veth:
                return ($"Set calico_veth_mtu to {veth}", invocation, WithArgument(invocation, veth));
            case "Mtu" when diagnostic.Id == "CAL4019" && HintValue(diagnostic, "calico_mtu") is { } mtu:
                return ($"Set calico_mtu to {mtu}", invocation, WithArgument(invocation, mtu));
            default:
                return (null, null, null);
        }
    }

    // CAL1005: the finding's path names the host (hosts[rr1].cluster_id). A ClusterId or RouteReflector call with a
    // bad value gets a valid one; a host with none gets RouteReflector("1.0.0.1") or a ClusterId call in its lambda.
    private static (string? Title, SyntaxNode? Target, SyntaxNode? Replacement) ClusterIdFix(Diagnostic diagnostic, InvocationExpressionSyntax flagged)
    {
        var title = $"Set cluster_id to {DefaultClusterId}";
        var literal = "\"" + DefaultClusterId + "\"";
        if (flagged.Expression is MemberAccessExpressionSyntax { Name.Identifier.Text: "ClusterId" or "RouteReflector" } && flagged.ArgumentList.Arguments.Count == 1)
        {
            return (title, flagged, WithArgument(flagged, literal));
        }

        if (!diagnostic.Properties.TryGetValue("CalicoPath", out var path) || path is null || !path.StartsWith("hosts[", StringComparison.Ordinal))
        {
            return (null, null, null);
        }

        var host = path.Substring("hosts[".Length, path.IndexOf(']') - "hosts[".Length);
        var chain = flagged.AncestorsAndSelf().OfType<InvocationExpressionSyntax>().LastOrDefault() ?? flagged;
        var hostCall = chain.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>().FirstOrDefault(i =>
            i.Expression is MemberAccessExpressionSyntax { Name.Identifier.Text: "Host" }
            && i.ArgumentList.Arguments.Count > 0
            && i.ArgumentList.Arguments[0].Expression is LiteralExpressionSyntax { Token.ValueText: var name }
            && name == host);
        if (hostCall?.ArgumentList.Arguments.Last().Expression is not SimpleLambdaExpressionSyntax { ExpressionBody: { } body })
        {
            return (null, null, null);
        }

        var routeReflector = body.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>().FirstOrDefault(i =>
            i.Expression is MemberAccessExpressionSyntax { Name.Identifier.Text: "RouteReflector" } && i.ArgumentList.Arguments.Count == 0);
        if (routeReflector is not null)
        {
            return (title, routeReflector, WithArgument(routeReflector, literal));
        }

        return (title, body, SyntaxFactory.ParseExpression($"{body}.ClusterId({literal})"));
    }

    // "set calico_veth_mtu: 1450" → "1450".
    private static string? HintValue(Diagnostic diagnostic, string variable)
    {
        var prefix = "set " + variable + ": ";
        if (!diagnostic.Properties.TryGetValue("CalicoHint", out var hint) || hint is null || !hint.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var value = hint.Substring(prefix.Length).Trim();
        return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) ? value : null;
    }

    private static InvocationExpressionSyntax WithArgument(InvocationExpressionSyntax invocation, string value) =>
        invocation.WithArgumentList(SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(SyntaxFactory.ParseExpression(value)))));
}
