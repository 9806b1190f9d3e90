/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

/*
 * Project override of the Camunda 7.24.0 Cockpit default configuration
 * (camunda-webapp-webjar: META-INF/resources/webjars/camunda/app/cockpit/scripts/config.js), the same way as the
 * Tasklist's (see tasklist/scripts/config.js): the application's resources come first on the classpath.
 *
 * Changes from the 7.24.0 default (issue 18, ADR 0048):
 *  - locales: Danish (../locales/da.json in this project) and English (en.json from the webjar); a Danish browser
 *    gets Danish, an English one English, every other language Danish. da.json holds every key of the 7.24 en.json
 *    (CockpitTranslationTest); the screens process owners use (dashboard, processes, process definition and
 *    instance, search) are in Danish, the administrators' tools (batches, migration, modification, deployments'
 *    deletion, DRD) are partly still English.
 *  - the overview plugin (plugin-webapp/governance-overview) needs no entry here: Cockpit loads plugins itself.
 * When upgrading Camunda, compare this file with the new version's default config.js.
 */

export default {
  locales: {
    availableLocales: ['da', 'en'],
    fallbackLocale: 'da'
  }
};
