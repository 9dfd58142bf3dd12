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
/// Fixes for the common builder-chain findings: the flagged call is rewritten in place — backend to bird, IPIP or
/// VXLAN to Never, Typha on with a replica count sized to the chain's hosts.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CalicoClusterCodeFix))]
[Shared]
public sealed class CalicoClusterCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("CAL2001", "CAL1010", "CAL1011", "CAL3006", "CAL2004");

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

            var name = access.Name.Identifier.Text;
            string? title = null;
            InvocationExpressionSyntax? replacement = null;
            switch (name)
            {
                case "Backend":
                    title = "Use the bird backend";
                    replacement = WithArgument(invocation, "NetworkBackend.Bird");
                    break;
                case "Ipip" or "Vxlan":
                    title = name == "Ipip" ? "Set IPIP to Never" : "Set VXLAN to Never";
                    replacement = WithArgument(invocation, "EncapsulationMode.Never");
                    break;
                case "Enabled" when diagnostic.Id == "CAL2004":
                    var nodes = diagnostic.Properties.TryGetValue("CalicoNodes", out var text) && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;
                    var replicas = Calico.Sdk.TyphaSizing.Recommended(nodes);
                    title = $"Enable Typha with {replicas} replica(s)";
                    replacement = (InvocationExpressionSyntax)SyntaxFactory.ParseExpression(
                        $"{access.Expression}.Enabled().Replicas({replicas.ToString(CultureInfo.InvariantCulture)})");
                    break;
            }

            if (title is null || replacement is null)
            {
                continue;
            }

            var fixedRoot = root.ReplaceNode(invocation, replacement.WithTriviaFrom(invocation));
            context.RegisterCodeFix(
                CodeAction.Create(title, _ => Task.FromResult(context.Document.WithSyntaxRoot(fixedRoot)), equivalenceKey: diagnostic.Id + name),
                diagnostic);
        }
    }

    private static InvocationExpressionSyntax WithArgument(InvocationExpressionSyntax invocation, string value) =>
        invocation.WithArgumentList(SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(SyntaxFactory.ParseExpression(value)))));
}
