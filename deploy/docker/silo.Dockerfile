# A StanceTracker silo. Build from the repository root:
#   docker build -f deploy/docker/silo.Dockerfile -t stancetracker/silo:latest .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, from the project files only, so a source change does not re-download packages.
COPY Directory.Build.props Directory.Packages.props ./
COPY src/SiloRuntime.props src/
COPY src/StanceTracker.Abstractions/StanceTracker.Abstractions.csproj src/StanceTracker.Abstractions/
COPY src/StanceTracker.Extraction/StanceTracker.Extraction.csproj src/StanceTracker.Extraction/
COPY src/StanceTracker.Grains/StanceTracker.Grains.csproj src/StanceTracker.Grains/
COPY src/StanceTracker.Operations/StanceTracker.Operations.csproj src/StanceTracker.Operations/
COPY src/StanceTracker.Silo/StanceTracker.Silo.csproj src/StanceTracker.Silo/
RUN dotnet restore src/StanceTracker.Silo/StanceTracker.Silo.csproj
COPY src/ src/
RUN dotnet publish src/StanceTracker.Silo/StanceTracker.Silo.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
# The base image's own port setting would be overridden by the silo's listener anyway; clear it to avoid the warning.
ENV ASPNETCORE_HTTP_PORTS= \
    Stance__DataDirectory=/data \
    Stance__HttpHost=0.0.0.0 \
    Stance__HealthPort=8080 \
    Stance__LogFormat=json
# Silo-to-silo, gateway (clients), health and metrics.
EXPOSE 11111 30000 8080
RUN mkdir -p /data && chown $APP_UID /data
VOLUME /data
USER $APP_UID
ENTRYPOINT ["dotnet", "StanceTracker.Silo.dll"]
