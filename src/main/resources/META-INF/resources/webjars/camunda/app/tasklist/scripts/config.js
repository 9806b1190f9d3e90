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
 * Project override of the Camunda 7.24.0 Tasklist default configuration
 * (camunda-webapp-webjar: META-INF/resources/webjars/camunda/app/tasklist/scripts/config.js).
 * This file has the same classpath path as the webjar's file; the application's own
 * resources come before dependency jars on the classpath, so the starter's resource
 * handler (<application-path>/app/** -> classpath:/META-INF/resources/webjars/camunda/app/)
 * serves this copy.
 *
 * Changes from the 7.24.0 default:
 *  - locales: Danish (da.json, ../locales/da.json in this project) and English (en.json
 *    from the webjar). How 7.24 picks the language: the FIRST language of the browser
 *    (navigator.languages[0], region cut off, e.g. 'da-DK' -> 'da') is used if it is
 *    listed in availableLocales; any other browser language gets fallbackLocale.
 *    So Danish browsers get Danish, English browsers get English, all others Danish.
 *    There is no language switch in the Tasklist itself.
 *  - shortcut descriptions in Danish (they are shown verbatim, not translated, in the
 *    "Tastaturgenveje" dialog).
 *  - customScripts: scripts/governance-forms.js puts form-js' English validation
 *    messages in Danish ("Field is required." -> "Feltet skal udfyldes.", a date field's
 *    pattern -> "Skriv datoen som dd-mm-åååå, fx 08-01-2027.").
 *  - customScripts: scripts/governance-meetings.js adds "Møder" (/screens/meetings) to the top bar.
 * When upgrading Camunda, compare this file with the new version's default config.js.
 */

export default {
  // change the app name and vendor
  // app: {
  //   name: 'Todos',
  //   vendor: 'Company'
  // },
  //
  // configure the date format
  // "dateFormat": {
  //   "normal": "LLL",
  //   "long":   "LLLL"
  // },
  //
  locales: {
    availableLocales: ['da', 'en'],
    fallbackLocale: 'da'
  },
  // Danish validation messages in Camunda Forms (scripts/governance-forms.js, issue 14).
  // "Møder" in the top bar (scripts/governance-meetings.js, issue 15).
  customScripts: ['scripts/governance-forms', 'scripts/governance-meetings'],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // assignProcessInstanceIdToTaskComment: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'tildeler dig den valgte opgave'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'flytter fokus til det første filter på listen'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'flytter fokus til den første opgave på listen'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'flytter fokus til det første indtastningsfelt i en opgaveformular'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'åbner dialogen til start af en proces'
    }
  }
};
