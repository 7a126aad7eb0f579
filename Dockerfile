# syntax=docker/dockerfile:1
# Build: docker build -t deepseeknews .
# Run:   docker run -p 8080:8080 -v deepseeknews-data:/app/data deepseeknews
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first so that the package layer is cached while the code changes.
COPY DeepSeekNews.sln Directory.Build.props Directory.Packages.props ./
COPY src/DeepSeekNews.Analysis/DeepSeekNews.Analysis.csproj src/DeepSeekNews.Analysis/
COPY src/DeepSeekNews.Ingestion/DeepSeekNews.Ingestion.csproj src/DeepSeekNews.Ingestion/
COPY src/DeepSeekNews.Api/DeepSeekNews.Api.csproj src/DeepSeekNews.Api/
RUN dotnet restore src/DeepSeekNews.Api/DeepSeekNews.Api.csproj
COPY src/ src/
RUN dotnet publish src/DeepSeekNews.Api/DeepSeekNews.Api.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# The database lives on a volume; the image's non-root user owns it.
RUN mkdir -p /app/data && chown -R $APP_UID /app/data
VOLUME /app/data
ENV Urls=http://+:8080 \
    ConnectionStrings__DeepSeekNews="Data Source=/app/data/deepseeknews.db" \
    Logging__Format=json
# Orchestrators probe GET /health/live and GET /health/ready (the image has no curl for a HEALTHCHECK).
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "DeepSeekNews.Api.dll"]
CMD ["serve"]
