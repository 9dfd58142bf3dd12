#!/usr/bin/env bash
# Measures what the Calico.Sdk analyzer adds to compile time: generates a 2,000-line cluster file (one chain of
# 1,000 hosts, plus 20 chains of 50 lines), compiles it in Release with and without the analyzer, alternately, several
# times each, and prints the Csc task time, the analyzer time that -p:ReportAnalyzer=true reports, and their medians.
# SERVER=1 compiles through the compiler server (VBCSCompiler, what `dotnet build` uses unless UseSharedCompilation is
# false): the analyzer is loaded and jitted once and stays warm; the default starts a fresh csc per build (cold).
# Needs Release builds of src/Calico.Sdk.Core and analyzers/Calico.Sdk.Analyzers.  Usage: [SERVER=1] eng/analyzer-cost.sh [runs]
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
shared=false; [ -n "${SERVER:-}" ] && shared=true
measure() { # $1 = true|false; prints "csc_ms analyzer_ms"
  dotnet build -c Release --no-restore --no-incremental -nologo -v:d -clp:PerformanceSummary -p:WithCalico="$1" \
    -p:ReportAnalyzer=true -p:TreatWarningsAsErrors=false -p:UseSharedCompilation="$shared" > build.log 2>&1 || true
  csc=$(grep -E '^ +[0-9]+ ms +Csc +[0-9]+ calls' build.log | awk '{print $1}' | tail -1)
  an=$(grep -E '^ +[0-9.]+ +[0-9]+ +Calico\.Sdk\.Analyzers, ' build.log | awk '{printf "%d", $1 * 1000}' | head -1 || true)
  echo "$csc ${an:-0}"
}
# Warm-up, not counted: the first build fills caches; the compiler server also needs a few builds before its own code
# is jitted and tiered up (its first builds take 1-3 s).
warmups=1; [ -n "${SERVER:-}" ] && warmups=6
for w in $(seq 1 "$warmups"); do measure true >/dev/null; measure false >/dev/null; done
: > results
for r in $(seq 1 "$runs"); do
  for mode in false true; do
    read -r csc an <<<"$(measure $mode)"
    echo "analyzer=$mode run=$r csc=${csc}ms calico=${an}ms"
    echo "$mode $csc $an" >> results
  done
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2)}'; }
without=$(awk '$1 == "false" {print $2}' results | median)
with=$(awk '$1 == "true" {print $2}' results | median)
an=$(awk '$1 == "true" {print $3}' results | median)
echo "median: Csc ${without} ms without, ${with} ms with the analyzer; Calico analyzer ${an} ms = $(awk -v a="$an" -v c="$without" 'BEGIN {printf "%.1f", 100 * a / c}')% of Csc without it"
grep -cE 'warning CAL[0-9]{4}' build.log | sed 's/^/CAL warnings in the last build: /'
[ -n "${SERVER:-}" ] && dotnet build-server shutdown >/dev/null 2>&1 || true
