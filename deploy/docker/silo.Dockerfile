# syntax=docker/dockerfile:1
# The LuckyFive silo (luckyfive-silo); the same image runs the migrations with the argument --migrate-only.
# Build from the repository root:  docker build -f deploy/docker/silo.Dockerfile -t luckyfive/silo:1.0.0 .
ARG DOTNET_VERSION=10.0

FROM mcr.microsoft.com/dotnet/sdk:${DOTNET_VERSION} AS build
WORKDIR /src
# Project files first: the restore layer is reused until a project or a package version changes.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY domain/LuckyFive.Domain/LuckyFive.Domain.csproj domain/LuckyFive.Domain/
COPY grain-interfaces/LuckyFive.GrainInterfaces/LuckyFive.GrainInterfaces.csproj grain-interfaces/LuckyFive.GrainInterfaces/
COPY grains/LuckyFive.Grains/LuckyFive.Grains.csproj grains/LuckyFive.Grains/
COPY silo/LuckyFive.Hosting/LuckyFive.Hosting.csproj silo/LuckyFive.Hosting/
COPY silo/LuckyFive.Silo/LuckyFive.Silo.csproj silo/LuckyFive.Silo/
RUN dotnet restore silo/LuckyFive.Silo/LuckyFive.Silo.csproj
COPY domain/LuckyFive.Domain/ domain/LuckyFive.Domain/
COPY grain-interfaces/LuckyFive.GrainInterfaces/ grain-interfaces/LuckyFive.GrainInterfaces/
COPY grains/LuckyFive.Grains/ grains/LuckyFive.Grains/
COPY silo/LuckyFive.Hosting/ silo/LuckyFive.Hosting/
COPY silo/LuckyFive.Silo/ silo/LuckyFive.Silo/
RUN dotnet publish silo/LuckyFive.Silo/LuckyFive.Silo.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:${DOTNET_VERSION} AS runtime
# curl for the container health check; the base image has none.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
# In a container the silo listens on every interface; LuckyFive__AdvertisedAddress must still be set to the
# container's or pod's IP address, which peers and clients connect to.
ENV ASPNETCORE_URLS=http://+:11180 \
    LuckyFive__ListenOnAnyAddress=true \
    DOTNET_ENVIRONMENT=Production
# silo-to-silo, gateway (clients), HTTP (/healthz, /readyz, /metrics, /stats)
EXPOSE 11111 30000 11180
USER $APP_UID
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
    CMD curl -fsS http://127.0.0.1:11180/healthz || exit 1
ENTRYPOINT ["./luckyfive-silo"]
