using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Web;
using k8s;

namespace Calico.Sdk.Integration.Tests.Support;

/// <summary>One request the fake API server received.</summary>
public sealed record RecordedRequest(string Method, string Path, string Query, string? ContentType, string Body)
{
    /// <summary>A query parameter, or null.</summary>
    public string? QueryValue(string name) => HttpUtility.ParseQueryString(Query)[name];

    /// <summary>The media type of the body, without parameters such as charset (as the API server reads it).</summary>
    public string? MediaType => ContentType?.Split(';')[0].Trim();

    /// <summary>The body as a JSON object (null when empty).</summary>
    public JsonObject? Json => string.IsNullOrEmpty(Body) ? null : JsonNode.Parse(Body) as JsonObject;

    public override string ToString() => $"{Method} {Path}{Query}";
}

/// <summary>
/// A FAKE Kubernetes API server, not a real one (none can run on these machines): an HttpListener on 127.0.0.1 with a
/// free port that keeps objects in memory by URL path, answers discovery, GET (objects and lists, with equality label
/// selectors), server-side-apply PATCH (a recursive merge, resourceVersion preconditions, managedFields per field
/// manager, dryRun=All) and DELETE (resourceVersion preconditions), and records every request: verb, path, query,
/// content type and body. Enough to check what the Kubernetes adapter sends; it does not validate like an API server.
/// </summary>
public sealed class FakeKubernetesApiServer : IAsyncDisposable
{
    private readonly HttpListener _listener;
    private readonly Task _loop;
    private readonly Dictionary<string, JsonObject> _objects = new(StringComparer.Ordinal);
    private readonly List<RecordedRequest> _requests = [];
    private long _revision = 100;

    private FakeKubernetesApiServer(HttpListener listener, string url, string[] groups)
    {
        _listener = listener;
        Url = url;
        Groups = groups;
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>The base URL, http://127.0.0.1:port.</summary>
    public string Url { get; }

    /// <summary>The API groups discovery lists (besides core).</summary>
    public string[] Groups { get; }

    /// <summary>Every request so far, in order.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Runs before a PATCH or DELETE is handled (to play a concurrent writer). Receives the request.</summary>
    public Action<RecordedRequest>? BeforeWrite { get; set; }

    /// <summary>Paths whose apply fails with a field-manager conflict unless force=true.</summary>
    public HashSet<string> FieldConflicts { get; } = new(StringComparer.Ordinal);

    /// <summary>A KubernetesClient configuration that talks to this server.</summary>
    public KubernetesClientConfiguration Configuration => new() { Host = Url };

    /// <summary>Starts the server on a free loopback port.</summary>
    public static FakeKubernetesApiServer Start(params string[] groups)
    {
        for (var attempt = 0; ; attempt++)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var url = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
            var listener = new HttpListener();
            listener.Prefixes.Add(url + "/");
            try
            {
                listener.Start();
                return new FakeKubernetesApiServer(listener, url, groups.Length == 0 ? ["crd.projectcalico.org"] : groups);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close();
            }
        }
    }

    /// <summary>Stores an object at a path (adds uid, resourceVersion, creationTimestamp when missing).</summary>
    public JsonObject Seed(string path, string json)
    {
        var obj = JsonNode.Parse(json)!.AsObject();
        var meta = obj["metadata"] as JsonObject ?? [];
        obj["metadata"] = meta;
        meta["uid"] ??= Guid.NewGuid().ToString();
        meta["creationTimestamp"] ??= "2026-01-01T00:00:00Z";
        meta["resourceVersion"] = NextRevision();
        lock (_objects)
        {
            _objects[path] = obj;
        }

        return obj;
    }

    /// <summary>The stored object at a path (a copy), or null.</summary>
    public JsonObject? Get(string path)
    {
        lock (_objects)
        {
            return _objects.TryGetValue(path, out var o) ? (JsonObject)o.DeepClone() : null;
        }
    }

    /// <summary>Changes a stored object in place, as another client would (bumps its resourceVersion).</summary>
    public void Edit(string path, Action<JsonObject> edit)
    {
        lock (_objects)
        {
            edit(_objects[path]);
            _objects[path]["metadata"]!["resourceVersion"] = NextRevision();
        }
    }

    /// <summary>The writes (PATCH, DELETE, POST, PUT) received.</summary>
    public IReadOnlyList<RecordedRequest> Writes => Requests.Where(r => r.Method is "PATCH" or "DELETE" or "POST" or "PUT").ToList();

    public async ValueTask DisposeAsync()
    {
        // Close alone, not Stop then Close: after Stop has released the port, the managed listener's Close binds it
        // anew to look its endpoint up, and fails with "Address already in use" when another socket of the parallel
        // tests has taken the port in between (seen once in CI-like runs; reproduced by taking the port after Stop).
        _listener.Close();
        try
        {
            await _loop;
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private string NextRevision() => Interlocked.Increment(ref _revision).ToString(CultureInfo.InvariantCulture);

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => Handle(context));
        }
    }

    private void Handle(HttpListenerContext context)
    {
        var request = context.Request;
        string body;
        using (var reader = new StreamReader(request.InputStream, Encoding.UTF8))
        {
            body = reader.ReadToEnd();
        }

        var path = request.Url!.AbsolutePath.Length > 1 ? request.Url.AbsolutePath.TrimEnd('/') : request.Url.AbsolutePath;
        var recorded = new RecordedRequest(request.HttpMethod, path, request.Url.Query, request.ContentType, body);
        lock (_requests)
        {
            _requests.Add(recorded);
        }

        int code;
        JsonObject response;
        try
        {
            (code, response) = Route(recorded);
        }
        catch (Exception e)
        {
            (code, response) = (500, Status(500, "InternalError", e.ToString()));
        }

        var bytes = Encoding.UTF8.GetBytes(response.ToJsonString());
        context.Response.StatusCode = code;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength64 = bytes.Length;
        context.Response.OutputStream.Write(bytes);
        context.Response.Close();
    }

    private (int, JsonObject) Route(RecordedRequest r)
    {
        var segments = r.Path.Trim('/').Split('/');
        if (r.Method == "GET" && r.Path == "/apis")
        {
            return (200, Discovery());
        }

        var isList = segments switch
        {
            ["apis", _, _, _] => true,
            ["api", "v1", _] => true,
            ["api", "v1", "namespaces", _, _] => true,
            _ => false,
        };
        return r.Method switch
        {
            "GET" when isList => (200, List(r, segments)),
            "GET" => Get(r.Path) is { } o ? (200, o) : (404, Status(404, "NotFound", $"{r.Path} not found")),
            "PATCH" => Patch(r),
            "DELETE" => Delete(r),
            _ => (405, Status(405, "MethodNotAllowed", r.Method)),
        };
    }

    private JsonObject Discovery()
    {
        var groups = new JsonArray();
        foreach (var g in Groups)
        {
            var version = g == "projectcalico.org" ? "v3" : "v1";
            var gv = new JsonObject { ["groupVersion"] = $"{g}/{version}", ["version"] = version };
            groups.Add(new JsonObject { ["name"] = g, ["versions"] = new JsonArray(gv), ["preferredVersion"] = gv.DeepClone() });
        }

        return new JsonObject { ["kind"] = "APIGroupList", ["apiVersion"] = "v1", ["groups"] = groups };
    }

    private JsonObject List(RecordedRequest r, string[] segments)
    {
        var selector = (r.QueryValue("labelSelector") ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.Split('='))
            .ToList();
        var allNamespaces = segments is ["api", "v1", _];
        var items = new JsonArray();
        lock (_objects)
        {
            foreach (var (path, obj) in _objects.OrderBy(o => o.Key, StringComparer.Ordinal))
            {
                var parts = path.Trim('/').Split('/');
                var match = allNamespaces && segments[2] != "nodes"
                    ? parts is ["api", "v1", "namespaces", _, var plural, _] && plural == segments[2]
                    : parts.Length == segments.Length + 1 && parts.Take(segments.Length).SequenceEqual(segments);
                if (match && selector.All(s => obj["metadata"]?["labels"]?[s[0]]?.GetValue<string>() == s[1]))
                {
                    items.Add(obj.DeepClone());
                }
            }
        }

        return new JsonObject { ["kind"] = "List", ["apiVersion"] = "v1", ["metadata"] = new JsonObject { ["resourceVersion"] = _revision.ToString(CultureInfo.InvariantCulture) }, ["items"] = items };
    }

    private (int, JsonObject) Patch(RecordedRequest r)
    {
        if (r.MediaType != "application/apply-patch+yaml")
        {
            return (415, Status(415, "UnsupportedMediaType", $"the fake serves server-side apply only, not {r.ContentType}"));
        }

        BeforeWrite?.Invoke(r);
        var body = r.Json!;
        var manager = r.QueryValue("fieldManager") ?? "unknown";
        lock (_objects)
        {
            _objects.TryGetValue(r.Path, out var stored);
            var wanted = body["metadata"]?["resourceVersion"]?.GetValue<string>();
            var current = stored?["metadata"]?["resourceVersion"]?.GetValue<string>();
            if (wanted is not null && wanted != current)
            {
                return (409, Status(409, "Conflict", $"Operation cannot be fulfilled on {r.Path}: the object has been modified; please apply your changes to the latest version and try again"));
            }

            if (FieldConflicts.Contains(r.Path) && r.QueryValue("force") != "true")
            {
                return (409, Status(409, "Conflict", "Apply failed with 1 conflict: conflict with \"kubectl-client-side-apply\" using crd.projectcalico.org/v1: .spec.logSeverityScreen"));
            }

            var result = stored is null ? new JsonObject() : (JsonObject)stored.DeepClone();
            Merge(result, body);
            var meta = (JsonObject)result["metadata"]!;
            meta["uid"] ??= Guid.NewGuid().ToString();
            meta["creationTimestamp"] ??= "2026-11-26T00:00:00Z";
            meta["resourceVersion"] = r.QueryValue("dryRun") == "All" ? current ?? "0" : NextRevision();
            meta["managedFields"] = ManagedFields(meta["managedFields"] as JsonArray, manager, body);
            if (r.QueryValue("dryRun") != "All")
            {
                _objects[r.Path] = result;
            }

            return (stored is null ? 201 : 200, (JsonObject)result.DeepClone());
        }
    }

    private (int, JsonObject) Delete(RecordedRequest r)
    {
        BeforeWrite?.Invoke(r);
        lock (_objects)
        {
            if (!_objects.TryGetValue(r.Path, out var stored))
            {
                return (404, Status(404, "NotFound", r.Path + " not found"));
            }

            var wanted = r.Json?["preconditions"]?["resourceVersion"]?.GetValue<string>();
            if (wanted is not null && wanted != stored["metadata"]?["resourceVersion"]?.GetValue<string>())
            {
                return (409, Status(409, "Conflict", "Precondition failed: resourceVersion"));
            }

            if (r.QueryValue("dryRun") != "All")
            {
                _objects.Remove(r.Path);
            }

            return (200, Status(200, string.Empty, string.Empty, "Success"));
        }
    }

    private static void Merge(JsonObject target, JsonObject patch)
    {
        foreach (var (key, value) in patch)
        {
            if (value is JsonObject p && target[key] is JsonObject t)
            {
                Merge(t, p);
            }
            else
            {
                target[key] = value?.DeepClone();
            }
        }
    }

    private static JsonArray ManagedFields(JsonArray? existing, string manager, JsonObject body)
    {
        var fields = new JsonObject();
        var meta = new JsonObject();
        foreach (var map in new[] { "labels", "annotations" })
        {
            if (body["metadata"]?[map] is JsonObject m)
            {
                var keys = new JsonObject();
                foreach (var (k, _) in m)
                {
                    keys["f:" + k] = new JsonObject();
                }

                meta["f:" + map] = keys;
            }
        }

        fields["f:metadata"] = meta;
        var result = new JsonArray();
        foreach (var e in existing ?? [])
        {
            if (e?["manager"]?.GetValue<string>() != manager)
            {
                result.Add(e!.DeepClone());
            }
        }

        result.Add(new JsonObject { ["manager"] = manager, ["operation"] = "Apply", ["fieldsType"] = "FieldsV1", ["fieldsV1"] = fields });
        return result;
    }

    private static JsonObject Status(int code, string reason, string message, string status = "Failure") => new()
    {
        ["kind"] = "Status",
        ["apiVersion"] = "v1",
        ["metadata"] = new JsonObject(),
        ["status"] = status,
        ["message"] = message,
        ["reason"] = reason,
        ["code"] = code,
    };
}
