# The StanceTracker client host (HTTP API, dashboard, health, metrics). Build from the repository root:
#   docker build -f deploy/docker/api.Dockerfile -t stancetracker/api:latest .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props ./
COPY src/StanceTracker.Abstractions/StanceTracker.Abstractions.csproj src/StanceTracker.Abstractions/
COPY src/StanceTracker.Extraction/StanceTracker.Extraction.csproj src/StanceTracker.Extraction/
COPY src/StanceTracker.Operations/StanceTracker.Operations.csproj src/StanceTracker.Operations/
COPY src/StanceTracker.Api/StanceTracker.Api.csproj src/StanceTracker.Api/
RUN dotnet restore src/StanceTracker.Api/StanceTracker.Api.csproj
COPY src/ src/
RUN dotnet publish src/StanceTracker.Api/StanceTracker.Api.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
# Listens on every address of the container: it then refuses to start unless Stance__ApiKey or
# Stance__DashboardUser/Stance__DashboardPassword are given.
ENV ASPNETCORE_HTTP_PORTS= \
    Stance__HttpHost=0.0.0.0 \
    Stance__HttpPort=5080 \
    Stance__LogFormat=json
EXPOSE 5080
USER $APP_UID
ENTRYPOINT ["dotnet", "StanceTracker.Api.dll"]
