# syntax=docker/dockerfile:1
# The LuckyFive HTTP API (luckyfive-api), a client of the cluster.
# Build from the repository root:  docker build -f deploy/docker/api.Dockerfile -t luckyfive/api:1.0.0 .
ARG DOTNET_VERSION=10.0

FROM mcr.microsoft.com/dotnet/sdk:${DOTNET_VERSION} AS build
WORKDIR /src
# Project files first: the restore layer is reused until a project or a package version changes.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY domain/LuckyFive.Domain/LuckyFive.Domain.csproj domain/LuckyFive.Domain/
COPY grain-interfaces/LuckyFive.GrainInterfaces/LuckyFive.GrainInterfaces.csproj grain-interfaces/LuckyFive.GrainInterfaces/
COPY grains/LuckyFive.Grains/LuckyFive.Grains.csproj grains/LuckyFive.Grains/
COPY silo/LuckyFive.Hosting/LuckyFive.Hosting.csproj silo/LuckyFive.Hosting/
COPY api/LuckyFive.Api/LuckyFive.Api.csproj api/LuckyFive.Api/
RUN dotnet restore api/LuckyFive.Api/LuckyFive.Api.csproj
COPY domain/LuckyFive.Domain/ domain/LuckyFive.Domain/
COPY grain-interfaces/LuckyFive.GrainInterfaces/ grain-interfaces/LuckyFive.GrainInterfaces/
COPY grains/LuckyFive.Grains/ grains/LuckyFive.Grains/
COPY silo/LuckyFive.Hosting/ silo/LuckyFive.Hosting/
COPY api/LuckyFive.Api/ api/LuckyFive.Api/
RUN dotnet publish api/LuckyFive.Api/LuckyFive.Api.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:${DOTNET_VERSION} AS runtime
# curl for the container health check; the base image has none.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_URLS=http://+:8080 \
    DOTNET_ENVIRONMENT=Production
EXPOSE 8080
USER $APP_UID
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
    CMD curl -fsS http://127.0.0.1:8080/healthz || exit 1
ENTRYPOINT ["./luckyfive-api"]
