#!/usr/bin/env bash
# Measures what the Calico.Sdk analyzer adds to compile time: generates a 2,000-line cluster file (one chain of
# 1,000 hosts, plus 20 chains of 50 lines), compiles it in Release with and without the analyzer, several times each,
# and prints the Csc task time and the analyzer time that -p:ReportAnalyzer=true reports.
# Needs Release builds of src/Calico.Sdk.Core and analyzers/Calico.Sdk.Analyzers.  Usage: eng/analyzer-cost.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
runs=${1:-5}
work=$(mktemp -d)
[ -n "${KEEP:-}" ] || trap 'rm -rf "$work"' EXIT

core=$root/src/Calico.Sdk.Core/bin/Release/net10.0/Calico.Sdk.Core.dll
analyzer=$root/analyzers/Calico.Sdk.Analyzers/bin/Release/netstandard2.0/Calico.Sdk.Analyzers.dll
[ -f "$core" ] && [ -f "$analyzer" ] || { echo "build src/Calico.Sdk.Core and analyzers/Calico.Sdk.Analyzers in Release first"; exit 1; }

cat > "$work/Cost.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
  </PropertyGroup>
  <ItemGroup>
    <Reference Include="$core" />
    <Analyzer Include="$analyzer" Condition="'\$(WithCalico)' == 'true'" />
  </ItemGroup>
</Project>
XML

{
  echo "using Calico.Sdk;"
  echo "public static class Clusters"
  echo "{"
  echo "    public static CalicoCluster Large() => CalicoCluster.Define()"
  echo "        .Network(n => n.Backend(NetworkBackend.Bird).Ipip(EncapsulationMode.Always).Vxlan(EncapsulationMode.Never))"
  echo "        .Typha(t => t.Enabled().Replicas(3))"
  echo "        .Nodes(n => n"
  echo "            .Host(\"cp1\", \"10.0.0.1\", h => h.ControlPlane().Etcd().Worker())"
  for i in $(seq 1 1000); do
    printf '            .Host("w%d", "10.1.%d.%d", h => h.Worker())\n' "$i" $((i / 250)) $((i % 250 + 1))
  done
  echo "        )"
  echo "        .Build();"
  for c in $(seq 1 20); do
    echo
    echo "    public static CalicoCluster Small$c() => CalicoCluster.Define()"
    echo "        .Network(n => n.Backend(NetworkBackend.Bird).Ipip(EncapsulationMode.CrossSubnet).Vxlan(EncapsulationMode.Never).Mtu(1480))"
    echo "        .Bgp(b => b.GlobalAsNumber(64512))"
    echo "        .Felix(f => f.EndpointToHostAction(EndpointToHostAction.Return))"
    echo "        .Nodes(n => n"
    echo "            .Host(\"cp1\", \"10.0.0.1\", h => h.ControlPlane().Etcd().Worker())"
    for i in $(seq 1 40); do
      printf '            .Host("w%d", "10.2.%d.%d", h => h.Worker())\n' "$i" "$c" "$i"
    done
    echo "        )"
    echo "        .Build();"
  done
  echo "}"
} > "$work/Clusters.cs"
echo "generated $(wc -l < "$work/Clusters.cs") lines"

cd "$work"
dotnet restore -nologo -v:q
measure() { # $1 = true|false; prints "csc_ms analyzer_s"
  dotnet build --no-restore --no-incremental -nologo -v:d -clp:PerformanceSummary -p:WithCalico="$1" -p:ReportAnalyzer=true -p:TreatWarningsAsErrors=false > build.log 2>&1 || true
  csc=$(grep -E '^ +[0-9]+ ms +Csc +[0-9]+ calls' build.log | awk '{print $1}' | tail -1)
  an=$(grep -E '^ +[0-9.]+ +[0-9]+ +Calico\.Sdk\.Analyzers, ' build.log | awk '{print $1 "s (" $2 "% of analyzer time)"}' | head -1 || true)
  echo "$csc ${an:-none}"
}
measure true >/dev/null   # warm the compiler server
for mode in false true; do
  for r in $(seq 1 "$runs"); do echo "analyzer=$mode run=$r csc_ms/analyzer: $(measure $mode)"; done
done
grep -E -B2 -A8 'Total analyzer execution time' build.log | head -30
grep -cE 'CAL[0-9]{4}' build.log | sed 's/^/CAL lines in last build log: /'
