using Microsoft.Extensions.FileProviders;

namespace StanceTracker.Api.Hosting;

/// <summary>
/// The analysts' page at / (index.html, app.js, app.css), served from resources embedded in this assembly: a host
/// started from any folder (this project, `stance serve`, a publish) finds the same files, and no build step is needed.
/// </summary>
public static class WebView
{
    public static WebApplication UseWebView(this WebApplication app)
    {
        var files = new EmbeddedFileProvider(typeof(WebView).Assembly, "StanceTracker.Api.wwwroot");
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            // The page and its script change together with the API they call: make browsers ask again each time.
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "no-cache",
        });
        return app;
    }
}
