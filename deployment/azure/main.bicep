// SafetyBot on Azure: what one Community Safety Partnership needs to run the bot in Teams.
//
//   * App Service plan (Linux) + Web App on .NET 10 (DOTNETCORE|10.0), Always On, HTTPS only,
//     one instance (the LiteDB file is opened by one process), health check on /healthz.
//   * The LiteDB file on App Service's persistent storage: /home survives restarts,
//     redeployments and platform moves (WEBSITES_ENABLE_APP_SERVICE_STORAGE=true).
//   * Key Vault holding the bot's client secret; the Web App reads it through a Key Vault
//     reference with its system-assigned managed identity (get on secrets, nothing else).
//   * Azure Bot (Microsoft.BotService/botServices, kind azurebot) pointing at
//     https://<web app>.azurewebsites.net/api/messages, with the Microsoft Teams channel.
//
// Deploy (see deployment/README-SECTION.md for the whole walk-through):
//   az deployment group create -g <resource group> -f deployment/azure/main.bicep \
//     -p deployment/azure/main.parameters.json -p botAppPassword=<client secret>

targetScope = 'resourceGroup'

@description('Short lower-case name used to derive resource names, e.g. "safetybot-cam".')
@minLength(3)
@maxLength(16)
param baseName string = 'safetybot'

@description('Azure region for the Web App and Key Vault (the bot resource itself is global).')
param location string = resourceGroup().location

@description('Name of the Web App; its host name <name>.azurewebsites.net must be globally unique.')
@minLength(2)
@maxLength(60)
param webAppName string = '${baseName}-${uniqueString(resourceGroup().id)}'

@description('App Service plan SKU (Linux). B1 is the smallest with Always On; Free (F1) cannot keep the bot awake.')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'S3'
  'P0v3'
  'P1v3'
  'P2v3'
])
param appServiceSku string = 'B1'

@description('Name of the Key Vault (3-24 characters, globally unique).')
@minLength(3)
@maxLength(24)
param keyVaultName string = take('kv-${baseName}-${uniqueString(resourceGroup().id)}', 24)

@description('Name of the Azure Bot resource (its handle), globally unique.')
@minLength(2)
@maxLength(64)
param botName string = '${baseName}-bot-${uniqueString(resourceGroup().id)}'

@description('Display name of the bot in Teams and the Azure portal.')
@maxLength(42)
param botDisplayName string = 'SafetyBot'

@description('Azure Bot pricing tier: F0 (free, standard channels such as Teams are free anyway) or S1.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Application (client) id of the bot\'s Microsoft Entra app registration.')
@minLength(36)
@maxLength(36)
param botAppId string

@description('SingleTenant (the bot serves your organisation only; recommended, and the only kind Azure creates for new bots) or MultiTenant (existing multi-tenant registrations).')
@allowed([
  'SingleTenant'
  'MultiTenant'
])
param botAppType string = 'SingleTenant'

@description('Microsoft Entra tenant id of the app registration (used when botAppType is SingleTenant).')
param botTenantId string = tenant().tenantId

@description('Client secret of the app registration. Stored in Key Vault only; never in an app setting.')
@secure()
param botAppPassword string

@description('Microsoft Entra object id of the first SafetyBot admin (Roles__Admins__0). Admins can name further admins later through settings.')
@minLength(36)
@maxLength(36)
param firstAdminObjectId string

@description('Where traces and metrics go: Console (App Service log stream), Otlp (a collector) or None.')
@allowed([
  'Console'
  'Otlp'
  'None'
])
param telemetryExporter string = 'Console'

@description('OTLP collector endpoint, e.g. http://collector:4317; required when telemetryExporter is Otlp.')
param otlpEndpoint string = ''

@description('Post the quarterly summary to subscribed channels on a schedule (on-demand sends work either way).')
param quarterlySummaryEnabled bool = true

@description('Five-field cron (Cronos syntax) for the quarterly summary. Default: 09:00 on the first weekday of January, April, July and October.')
param quarterlySummarySchedule string = '0 9 1W 1,4,7,10 *'

@description('IANA time zone of quarterlySummarySchedule.')
param quarterlySummaryTimeZone string = 'Europe/London'

@description('Tags put on every resource.')
param tags object = {
  application: 'SafetyBot'
}

var secretName = 'MicrosoftAppPassword'
var databasePath = '/home/data/safetybot.db'
var messagingEndpoint = 'https://${webAppName}.azurewebsites.net/api/messages'

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: '${baseName}-plan'
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: appServiceSku
    capacity: 1
  }
  properties: {
    reserved: true // Linux
  }
}

resource keyVault 'Microsoft.KeyVault/vaults@2025-05-01' = {
  name: keyVaultName
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    // Access policies, so a deployer with Contributor on the resource group is enough
    // (RBAC would need the right to create role assignments).
    enableRbacAuthorization: false
    accessPolicies: []
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

resource appPassword 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = {
  parent: keyVault
  name: secretName
  properties: {
    value: botAppPassword
    contentType: 'Client secret of the SafetyBot Entra app registration'
  }
}

var baseAppSettings = [
  { name: 'MicrosoftAppType', value: botAppType }
  { name: 'MicrosoftAppId', value: botAppId }
  { name: 'MicrosoftAppTenantId', value: botAppType == 'SingleTenant' ? botTenantId : '' }
  // Resolved by App Service with the Web App's managed identity; always the latest version of the secret.
  { name: 'MicrosoftAppPassword', value: '@Microsoft.KeyVault(VaultName=${keyVault.name};SecretName=${secretName})' }
  { name: 'Storage__DatabasePath', value: databasePath }
  { name: 'WEBSITES_ENABLE_APP_SERVICE_STORAGE', value: 'true' }
  { name: 'Roles__Admins__0', value: firstAdminObjectId }
  { name: 'Telemetry__Exporter', value: telemetryExporter }
  { name: 'QuarterlySummary__Enabled', value: string(quarterlySummaryEnabled) }
  { name: 'QuarterlySummary__Schedule', value: quarterlySummarySchedule }
  { name: 'QuarterlySummary__TimeZone', value: quarterlySummaryTimeZone }
  { name: 'ASPNETCORE_ENVIRONMENT', value: 'Production' }
]
var otlpSettings = empty(otlpEndpoint) ? [] : [
  { name: 'Telemetry__OtlpEndpoint', value: otlpEndpoint }
]

resource webApp 'Microsoft.Web/sites@2025-03-01' = {
  name: webAppName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: 'SystemAssigned'
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/healthz'
      appSettings: concat(baseAppSettings, otlpSettings)
    }
  }
}

// The Web App's identity may read secrets, nothing more.
resource webAppCanReadSecrets 'Microsoft.KeyVault/vaults/accessPolicies@2025-05-01' = {
  parent: keyVault
  name: 'add'
  properties: {
    accessPolicies: [
      {
        tenantId: tenant().tenantId
        objectId: webApp.identity.principalId
        permissions: {
          secrets: [
            'get'
          ]
        }
      }
    ]
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: botDisplayName
    description: 'SafetyBot for the Community Safety Partnership'
    endpoint: messagingEndpoint
    msaAppId: botAppId
    msaAppType: botAppType
    msaAppTenantId: botAppType == 'SingleTenant' ? botTenantId : null
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      enableCalling: false
    }
  }
}

@description('Host name of the Web App: pass it to deployment/teams/package.mjs --domain.')
output webAppHostName string = webApp.properties.defaultHostName

@description('Name of the Web App, for az webapp deploy.')
output webAppName string = webApp.name

@description('The bot\'s messaging endpoint, as registered on the Azure Bot resource.')
output messagingEndpoint string = messagingEndpoint

@description('Name of the Key Vault holding the client secret (rotate it there).')
output keyVaultName string = keyVault.name

@description('Name of the Azure Bot resource.')
output botName string = bot.name
