// The Microsoft Entra administrator of SafetyBot's PostgreSQL server: the app's managed identity,
// so the app's migrations can create and upgrade the schema. A module because the administrator's
// name is the identity's principal id, which is known only once the identity exists.

@description('Name of the PostgreSQL flexible server.')
param serverName string

@description('Principal (object) id of the managed identity.')
param principalId string

@description('Name of the managed identity; it becomes the database role name.')
param principalName string

resource server 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' existing = {
  name: serverName
}

resource administrator 'Microsoft.DBforPostgreSQL/flexibleServers/administrators@2024-08-01' = {
  parent: server
  name: principalId
  properties: {
    principalType: 'ServicePrincipal'
    principalName: principalName
    tenantId: tenant().tenantId
  }
}
