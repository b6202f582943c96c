// SafetyBot on Azure: what one Community Safety Partnership needs to run the bot in Teams.
//
//   * App Service plan (Linux) + Web App on .NET 10 (DOTNETCORE|10.0), Always On, HTTPS only,
//     health check on /healthz.
//   * storage = 'liteDb' (default): one instance; the LiteDB file on App Service's persistent
//     storage (/home survives restarts, redeployments and platform moves;
//     WEBSITES_ENABLE_APP_SERVICE_STORAGE=true). The file is opened by one process.
//   * storage = 'postgreSql': two instances and a 'staging' deployment slot on one Azure Database
//     for PostgreSQL Flexible Server (Burstable B1ms), private to the app: the server has no public
//     access and lives in a subnet of the app's virtual network (private DNS zone); the app signs in
//     with Microsoft Entra ID as a user-assigned managed identity (no password anywhere), with an
//     access token Npgsql refreshes (Storage__PostgreSqlAuthentication=ManagedIdentity).
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

@description('Where SafetyBot keeps its data: liteDb (an embedded file, one instance) or postgreSql (Azure Database for PostgreSQL, two instances and a staging slot).')
@allowed([
  'liteDb'
  'postgreSql'
])
param storage string = 'liteDb'

@description('App Service plan SKU (Linux). B1 is the smallest with Always On; Free (F1) cannot keep the bot awake. With storage postgreSql, deployment slots need Standard or above: a B SKU is raised to S1.')
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
var onPostgreSql = storage == 'postgreSql'
// Deployment slots need a Standard plan or above.
var planSku = onPostgreSql && startsWith(appServiceSku, 'B') ? 'S1' : appServiceSku
var postgresServerName = '${baseName}-pg-${uniqueString(resourceGroup().id)}'
var postgresDatabaseName = 'safetybot'

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: '${baseName}-plan'
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: planSku
    capacity: onPostgreSql ? 2 : 1
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
  { name: 'Roles__Admins__0', value: firstAdminObjectId }
  { name: 'Telemetry__Exporter', value: telemetryExporter }
  { name: 'QuarterlySummary__Enabled', value: string(quarterlySummaryEnabled) }
  { name: 'QuarterlySummary__Schedule', value: quarterlySummarySchedule }
  { name: 'QuarterlySummary__TimeZone', value: quarterlySummaryTimeZone }
  { name: 'ASPNETCORE_ENVIRONMENT', value: 'Production' }
]
var liteDbSettings = [
  { name: 'Storage__Provider', value: 'LiteDb' }
  { name: 'Storage__DatabasePath', value: databasePath }
  { name: 'WEBSITES_ENABLE_APP_SERVICE_STORAGE', value: 'true' }
]
var postgreSqlSettings = [
  { name: 'Storage__Provider', value: 'PostgreSql' }
  { name: 'Storage__PostgreSqlAuthentication', value: 'ManagedIdentity' }
  // No password: Npgsql asks the managed identity for an Entra access token and refreshes it.
  { name: 'ConnectionStrings__SafetyBot', value: 'Host=${postgres!.properties.fullyQualifiedDomainName};Database=${postgresDatabaseName};Username=${databaseIdentity!.name};SSL Mode=VerifyFull' }
  { name: 'AZURE_CLIENT_ID', value: databaseIdentity!.properties.clientId }
  { name: 'WEBSITES_ENABLE_APP_SERVICE_STORAGE', value: 'false' }
]
var storageSettings = onPostgreSql ? postgreSqlSettings : liteDbSettings
var otlpSettings = empty(otlpEndpoint) ? [] : [
  { name: 'Telemetry__OtlpEndpoint', value: otlpEndpoint }
]

resource webApp 'Microsoft.Web/sites@2025-03-01' = {
  name: webAppName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: onPostgreSql ? {
    type: 'SystemAssigned, UserAssigned'
    userAssignedIdentities: {
      '${databaseIdentity.id}': {}
    }
  } : {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: 'SystemAssigned'
    virtualNetworkSubnetId: onPostgreSql ? network!.properties.subnets[0].id : null
    outboundVnetRouting: onPostgreSql ? {
      allTraffic: true
    } : null
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/healthz'
      appSettings: concat(baseAppSettings, storageSettings, otlpSettings)
    }
  }
}

// The Web App's identity may read secrets, nothing more; with PostgreSQL the staging slot reads
// them as the shared user-assigned identity.
resource webAppCanReadSecrets 'Microsoft.KeyVault/vaults/accessPolicies@2025-05-01' = {
  parent: keyVault
  name: 'add'
  properties: {
    accessPolicies: concat([
      {
        tenantId: tenant().tenantId
        objectId: webApp.identity.principalId
        permissions: {
          secrets: [
            'get'
          ]
        }
      }
    ], onPostgreSql ? [
      {
        tenantId: tenant().tenantId
        objectId: databaseIdentity!.properties.principalId
        permissions: {
          secrets: [
            'get'
          ]
        }
      }
    ] : [])
  }
}

// ---- storage = 'postgreSql' ------------------------------------------------------------------

// The identity both the production slot and the staging slot sign in to PostgreSQL as: one
// database role owns the schema whichever slot runs the migrations.
resource databaseIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = if (onPostgreSql) {
  name: '${baseName}-db-identity'
  location: location
  tags: tags
}

// The app reaches the server through virtual network integration; the server has no public endpoint.
resource network 'Microsoft.Network/virtualNetworks@2024-07-01' = if (onPostgreSql) {
  name: '${baseName}-vnet'
  location: location
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.40.0.0/16'
      ]
    }
    subnets: [
      {
        name: 'app'
        properties: {
          addressPrefix: '10.40.1.0/24'
          delegations: [
            {
              name: 'app-service'
              properties: {
                serviceName: 'Microsoft.Web/serverFarms'
              }
            }
          ]
        }
      }
      {
        name: 'database'
        properties: {
          addressPrefix: '10.40.2.0/24'
          delegations: [
            {
              name: 'postgresql'
              properties: {
                serviceName: 'Microsoft.DBforPostgreSQL/flexibleServers'
              }
            }
          ]
        }
      }
    ]
  }
}

resource postgresDns 'Microsoft.Network/privateDnsZones@2024-06-01' = if (onPostgreSql) {
  name: '${postgresServerName}.private.postgres.database.azure.com'
  location: 'global'
  tags: tags
}

resource postgresDnsLink 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2024-06-01' = if (onPostgreSql) {
  parent: postgresDns
  name: '${baseName}-vnet-link'
  location: 'global'
  tags: tags
  properties: {
    registrationEnabled: false
    virtualNetwork: {
      id: network.id
    }
  }
}

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = if (onPostgreSql) {
  name: postgresServerName
  location: location
  tags: tags
  sku: {
    name: 'Standard_B1ms'
    tier: 'Burstable'
  }
  properties: {
    version: '16'
    storage: {
      storageSizeGB: 32
      autoGrow: 'Enabled'
    }
    backup: {
      backupRetentionDays: 14
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled'
    }
    network: {
      delegatedSubnetResourceId: network!.properties.subnets[1].id
      privateDnsZoneArmResourceId: postgresDns.id
      publicNetworkAccess: 'Disabled'
    }
    // Microsoft Entra sign-in only: no password exists to leak or rotate.
    authConfig: {
      activeDirectoryAuth: 'Enabled'
      passwordAuth: 'Disabled'
      tenantId: tenant().tenantId
    }
  }
  dependsOn: [
    postgresDnsLink
  ]
}

resource postgresDatabase 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = if (onPostgreSql) {
  parent: postgres
  name: postgresDatabaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
}

// The app's identity is the server's Entra administrator, so its migrations can create the schema.
module postgresAdmin 'postgres-admin.bicep' = if (onPostgreSql) {
  name: 'postgres-entra-admin'
  params: {
    serverName: postgres.name
    principalId: databaseIdentity!.properties.principalId
    principalName: databaseIdentity!.name
  }
  dependsOn: [
    postgresDatabase
  ]
}

// Zero-downtime deploys: deploy to 'staging', let it warm up (health check), then swap.
resource stagingSlot 'Microsoft.Web/sites/slots@2025-03-01' = if (onPostgreSql) {
  parent: webApp
  name: 'staging'
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${databaseIdentity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: databaseIdentity.id
    virtualNetworkSubnetId: network!.properties.subnets[0].id
    outboundVnetRouting: {
      allTraffic: true
    }
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/healthz'
      appSettings: concat(baseAppSettings, storageSettings, otlpSettings)
    }
  }
  dependsOn: [
    postgresAdmin
  ]
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

@description('Where SafetyBot keeps its data (liteDb or postgreSql).')
output storage string = storage

@description('Host name of the PostgreSQL server (private to the app), when storage is postgreSql.')
output postgresHostName string = onPostgreSql ? postgres!.properties.fullyQualifiedDomainName : ''
