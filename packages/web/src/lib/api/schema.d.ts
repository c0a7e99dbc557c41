/**
 * Generated from the server's OpenAPI document by `npm run api:generate -w @mot/web`: do not edit.
 */

export interface paths {
  '/api/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether the server is up */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The server is up */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user and their workspaces, roles and permissions */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The caller */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Me'];
          };
        };
        /** @description No caller (`unauthenticated`) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The role lacks the permission (`forbidden`) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The workspace's members and their roles */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The members */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              members: components['schemas']['Member'][];
            };
          };
        };
        /** @description No caller (`unauthenticated`) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The role lacks the permission (`forbidden`) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Add a user to the workspace with a role (creating the user when the e-mail is new) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: email */
            email: string;
            role: components['schemas']['Role'];
            department?: string | null;
            name?: string;
            /** @description For a new user; without it the answer carries a one-time sign-in link to hand over */
            password?: string;
          };
        };
      };
      responses: {
        /** @description The role of an existing member changed */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              member: components['schemas']['Member'];
              signInLink: null;
            };
          };
        };
        /** @description The member; a one-time sign-in link when a new user was created without a password */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              member: components['schemas']['Member'];
              signInLink: string | null;
            };
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No caller (`unauthenticated`) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The role lacks the permission (`forbidden`) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/members/{userId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a member from the workspace (the user stays) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          userId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Removed */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description No caller (`unauthenticated`) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The role lacks the permission (`forbidden`) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict (`already_exists`, `in_use`) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Change a member's role or department */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          userId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            role?: components['schemas']['Role'];
            department?: string | null;
          };
        };
      };
      responses: {
        /** @description The member */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Member'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No caller (`unauthenticated`) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The role lacks the permission (`forbidden`) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict (`already_exists`, `in_use`) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/keys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The workspace's API keys (never their secrets) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The keys */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              keys: components['schemas']['ApiKey'][];
            };
          };
        };
        /** @description No caller (`unauthenticated`) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The role lacks the permission (`forbidden`) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Create an API key for a system: the secret is in this answer and never again */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            role: components['schemas']['Role'];
            /** Format: date-time */
            expiresAt?: string | null;
          };
        };
      };
      responses: {
        /** @description The key and its secret, shown once */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              key: components['schemas']['ApiKey'];
              secret: string;
            };
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No caller (`unauthenticated`) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The role lacks the permission (`forbidden`) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/keys/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke an API key: every server refuses it from the next request on */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The revoked key */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiKey'];
          };
        };
        /** @description No caller (`unauthenticated`) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The role lacks the permission (`forbidden`) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The workspace's time zone, language and personal-data fields */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The settings */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['WorkspaceSettings'];
          };
        };
        /** @description No caller (`unauthenticated`) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The role lacks the permission (`forbidden`) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change the workspace's settings */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @example Asia/Shanghai */
            timeZone?: string;
            /** @enum {string} */
            language?: 'zh-CN' | 'en';
            /** @description Customer attributes that are personal data: masked for roles without `pii` */
            personalFields?: string[];
            /** @description How callbacks (回访) are scheduled: the local calling window and weekdays (in the time zone of the default business calendar, never on its holidays), attempts before a callback fails, minutes before each retry (the last repeats) and from resolution to the first attempt */
            callbacks?: {
              callingStart: string;
              callingEnd: string;
              callingDays: number[];
              maxAttempts: number;
              retryDelaysMinutes: number[];
              firstDelayMinutes: number;
            };
          };
        };
      };
      responses: {
        /** @description The settings */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['WorkspaceSettings'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No caller (`unauthenticated`) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The role lacks the permission (`forbidden`) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The workspace's audit log, newest first (read-only: it cannot be changed through the API) */
    get: {
      parameters: {
        query?: {
          limit?: number;
          before?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              entries: components['schemas']['AuditEntry'][];
              nextBefore: number | null;
            };
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No caller (`unauthenticated`) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The role lacks the permission (`forbidden`) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/workspaces': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller's workspaces: a user's memberships, or an API key's one workspace */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The workspaces */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              workspaces: components['schemas']['Workspace'][];
            };
          };
        };
      };
    };
    put?: never;
    /** Create a workspace (administrators of the installation); its creator becomes its admin */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            key: string;
            name: string;
          };
        };
      };
      responses: {
        /** @description The new workspace */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Workspace'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict (`already_exists`, `in_use`) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/journeys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the journeys of the workspace */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Every journey document */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              journeys: {
                key: string;
                name: string;
                names?: {
                  'zh-CN'?: string;
                  en?: string;
                };
                description?: string;
                stages: {
                  key: string;
                  name: string;
                  names?: {
                    'zh-CN'?: string;
                    en?: string;
                  };
                  /** @enum {string} */
                  kind: 'pre_contact' | 'delivery' | 'problem_handling' | 'follow_up' | 'custom';
                }[];
                /** @default [] */
                touchpoints: {
                  key: string;
                  name: string;
                  names?: {
                    'zh-CN'?: string;
                    en?: string;
                  };
                  stage: string;
                  /** @enum {string} */
                  channel:
                    | 'phone'
                    | 'store'
                    | 'on_site'
                    | 'app'
                    | 'web'
                    | 'sms'
                    | 'wechat'
                    | 'email'
                    | 'chat'
                    | 'mail'
                    | 'other';
                  owner: string;
                  ratingScale?: {
                    min: number;
                    max: number;
                  };
                  /** @default [] */
                  measures: {
                    key: string;
                    name?: string;
                    names?: {
                      'zh-CN'?: string;
                      en?: string;
                    };
                    unit: string;
                    /** @enum {string} */
                    direction: 'lower_is_better' | 'higher_is_better';
                    standard?: {
                      target: number;
                      floor: number;
                    };
                  }[];
                }[];
              }[];
            };
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Create a journey from a whole document */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            key: string;
            name: string;
            names?: {
              'zh-CN'?: string;
              en?: string;
            };
            description?: string;
            stages: {
              key: string;
              name: string;
              names?: {
                'zh-CN'?: string;
                en?: string;
              };
              /** @enum {string} */
              kind: 'pre_contact' | 'delivery' | 'problem_handling' | 'follow_up' | 'custom';
            }[];
            /** @default [] */
            touchpoints?: {
              key: string;
              name: string;
              names?: {
                'zh-CN'?: string;
                en?: string;
              };
              stage: string;
              /** @enum {string} */
              channel:
                | 'phone'
                | 'store'
                | 'on_site'
                | 'app'
                | 'web'
                | 'sms'
                | 'wechat'
                | 'email'
                | 'chat'
                | 'mail'
                | 'other';
              owner: string;
              ratingScale?: {
                min: number;
                max: number;
              };
              /** @default [] */
              measures?: {
                key: string;
                name?: string;
                names?: {
                  'zh-CN'?: string;
                  en?: string;
                };
                unit: string;
                /** @enum {string} */
                direction: 'lower_is_better' | 'higher_is_better';
                standard?: {
                  target: number;
                  floor: number;
                };
              }[];
            }[];
          };
        };
      };
      responses: {
        /** @description The journey as stored */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              key: string;
              name: string;
              names?: {
                'zh-CN'?: string;
                en?: string;
              };
              description?: string;
              stages: {
                key: string;
                name: string;
                names?: {
                  'zh-CN'?: string;
                  en?: string;
                };
                /** @enum {string} */
                kind: 'pre_contact' | 'delivery' | 'problem_handling' | 'follow_up' | 'custom';
              }[];
              /** @default [] */
              touchpoints: {
                key: string;
                name: string;
                names?: {
                  'zh-CN'?: string;
                  en?: string;
                };
                stage: string;
                /** @enum {string} */
                channel:
                  | 'phone'
                  | 'store'
                  | 'on_site'
                  | 'app'
                  | 'web'
                  | 'sms'
                  | 'wechat'
                  | 'email'
                  | 'chat'
                  | 'mail'
                  | 'other';
                owner: string;
                ratingScale?: {
                  min: number;
                  max: number;
                };
                /** @default [] */
                measures: {
                  key: string;
                  name?: string;
                  names?: {
                    'zh-CN'?: string;
                    en?: string;
                  };
                  unit: string;
                  /** @enum {string} */
                  direction: 'lower_is_better' | 'higher_is_better';
                  standard?: {
                    target: number;
                    floor: number;
                  };
                }[];
              }[];
            };
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict (`already_exists`, `in_use`) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/journeys/{journey}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read a journey document */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          journey: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The journey */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              key: string;
              name: string;
              names?: {
                'zh-CN'?: string;
                en?: string;
              };
              description?: string;
              stages: {
                key: string;
                name: string;
                names?: {
                  'zh-CN'?: string;
                  en?: string;
                };
                /** @enum {string} */
                kind: 'pre_contact' | 'delivery' | 'problem_handling' | 'follow_up' | 'custom';
              }[];
              /** @default [] */
              touchpoints: {
                key: string;
                name: string;
                names?: {
                  'zh-CN'?: string;
                  en?: string;
                };
                stage: string;
                /** @enum {string} */
                channel:
                  | 'phone'
                  | 'store'
                  | 'on_site'
                  | 'app'
                  | 'web'
                  | 'sms'
                  | 'wechat'
                  | 'email'
                  | 'chat'
                  | 'mail'
                  | 'other';
                owner: string;
                ratingScale?: {
                  min: number;
                  max: number;
                };
                /** @default [] */
                measures: {
                  key: string;
                  name?: string;
                  names?: {
                    'zh-CN'?: string;
                    en?: string;
                  };
                  unit: string;
                  /** @enum {string} */
                  direction: 'lower_is_better' | 'higher_is_better';
                  standard?: {
                    target: number;
                    floor: number;
                  };
                }[];
              }[];
            };
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Create or replace a whole journey, validated as a whole */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          journey: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            key: string;
            name: string;
            names?: {
              'zh-CN'?: string;
              en?: string;
            };
            description?: string;
            stages: {
              key: string;
              name: string;
              names?: {
                'zh-CN'?: string;
                en?: string;
              };
              /** @enum {string} */
              kind: 'pre_contact' | 'delivery' | 'problem_handling' | 'follow_up' | 'custom';
            }[];
            /** @default [] */
            touchpoints?: {
              key: string;
              name: string;
              names?: {
                'zh-CN'?: string;
                en?: string;
              };
              stage: string;
              /** @enum {string} */
              channel:
                | 'phone'
                | 'store'
                | 'on_site'
                | 'app'
                | 'web'
                | 'sms'
                | 'wechat'
                | 'email'
                | 'chat'
                | 'mail'
                | 'other';
              owner: string;
              ratingScale?: {
                min: number;
                max: number;
              };
              /** @default [] */
              measures?: {
                key: string;
                name?: string;
                names?: {
                  'zh-CN'?: string;
                  en?: string;
                };
                unit: string;
                /** @enum {string} */
                direction: 'lower_is_better' | 'higher_is_better';
                standard?: {
                  target: number;
                  floor: number;
                };
              }[];
            }[];
          };
        };
      };
      responses: {
        /** @description The journey was replaced; as stored */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              key: string;
              name: string;
              names?: {
                'zh-CN'?: string;
                en?: string;
              };
              description?: string;
              stages: {
                key: string;
                name: string;
                names?: {
                  'zh-CN'?: string;
                  en?: string;
                };
                /** @enum {string} */
                kind: 'pre_contact' | 'delivery' | 'problem_handling' | 'follow_up' | 'custom';
              }[];
              /** @default [] */
              touchpoints: {
                key: string;
                name: string;
                names?: {
                  'zh-CN'?: string;
                  en?: string;
                };
                stage: string;
                /** @enum {string} */
                channel:
                  | 'phone'
                  | 'store'
                  | 'on_site'
                  | 'app'
                  | 'web'
                  | 'sms'
                  | 'wechat'
                  | 'email'
                  | 'chat'
                  | 'mail'
                  | 'other';
                owner: string;
                ratingScale?: {
                  min: number;
                  max: number;
                };
                /** @default [] */
                measures: {
                  key: string;
                  name?: string;
                  names?: {
                    'zh-CN'?: string;
                    en?: string;
                  };
                  unit: string;
                  /** @enum {string} */
                  direction: 'lower_is_better' | 'higher_is_better';
                  standard?: {
                    target: number;
                    floor: number;
                  };
                }[];
              }[];
            };
          };
        };
        /** @description The journey was created; as stored */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              key: string;
              name: string;
              names?: {
                'zh-CN'?: string;
                en?: string;
              };
              description?: string;
              stages: {
                key: string;
                name: string;
                names?: {
                  'zh-CN'?: string;
                  en?: string;
                };
                /** @enum {string} */
                kind: 'pre_contact' | 'delivery' | 'problem_handling' | 'follow_up' | 'custom';
              }[];
              /** @default [] */
              touchpoints: {
                key: string;
                name: string;
                names?: {
                  'zh-CN'?: string;
                  en?: string;
                };
                stage: string;
                /** @enum {string} */
                channel:
                  | 'phone'
                  | 'store'
                  | 'on_site'
                  | 'app'
                  | 'web'
                  | 'sms'
                  | 'wechat'
                  | 'email'
                  | 'chat'
                  | 'mail'
                  | 'other';
                owner: string;
                ratingScale?: {
                  min: number;
                  max: number;
                };
                /** @default [] */
                measures: {
                  key: string;
                  name?: string;
                  names?: {
                    'zh-CN'?: string;
                    en?: string;
                  };
                  unit: string;
                  /** @enum {string} */
                  direction: 'lower_is_better' | 'higher_is_better';
                  standard?: {
                    target: number;
                    floor: number;
                  };
                }[];
              }[];
            };
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict (`already_exists`, `in_use`) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    /** Delete a journey that has no moments */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          journey: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Deleted */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict (`already_exists`, `in_use`) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/journeys/{journey}/stages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a stage to a journey */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          journey: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            key: string;
            name: string;
            names?: {
              'zh-CN'?: string;
              en?: string;
            };
            /** @enum {string} */
            kind: 'pre_contact' | 'delivery' | 'problem_handling' | 'follow_up' | 'custom';
            position?: number;
          };
        };
      };
      responses: {
        /** @description The new stage */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              key: string;
              name: string;
              names?: {
                'zh-CN'?: string;
                en?: string;
              };
              /** @enum {string} */
              kind: 'pre_contact' | 'delivery' | 'problem_handling' | 'follow_up' | 'custom';
            };
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict (`already_exists`, `in_use`) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The journey would be invalid after the change (`invalid_journey`) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/journeys/{journey}/stages/{stage}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read a stage */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          journey: string;
          stage: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The stage */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              key: string;
              name: string;
              names?: {
                'zh-CN'?: string;
                en?: string;
              };
              /** @enum {string} */
              kind: 'pre_contact' | 'delivery' | 'problem_handling' | 'follow_up' | 'custom';
            };
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Replace a stage (its key stays) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          journey: string;
          stage: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            key: string;
            name: string;
            names?: {
              'zh-CN'?: string;
              en?: string;
            };
            /** @enum {string} */
            kind: 'pre_contact' | 'delivery' | 'problem_handling' | 'follow_up' | 'custom';
          };
        };
      };
      responses: {
        /** @description The stage as stored */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              key: string;
              name: string;
              names?: {
                'zh-CN'?: string;
                en?: string;
              };
              /** @enum {string} */
              kind: 'pre_contact' | 'delivery' | 'problem_handling' | 'follow_up' | 'custom';
            };
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict (`already_exists`, `in_use`) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The journey would be invalid after the change (`invalid_journey`) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    /** Delete a stage that no touchpoint is in */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          journey: string;
          stage: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Deleted */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict (`already_exists`, `in_use`) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The journey would be invalid after the change (`invalid_journey`) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/journeys/{journey}/touchpoints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a touchpoint (with its measures and standards) to a journey */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          journey: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            key: string;
            name: string;
            names?: {
              'zh-CN'?: string;
              en?: string;
            };
            stage: string;
            /** @enum {string} */
            channel:
              | 'phone'
              | 'store'
              | 'on_site'
              | 'app'
              | 'web'
              | 'sms'
              | 'wechat'
              | 'email'
              | 'chat'
              | 'mail'
              | 'other';
            owner: string;
            ratingScale?: {
              min: number;
              max: number;
            };
            /** @default [] */
            measures?: {
              key: string;
              name?: string;
              names?: {
                'zh-CN'?: string;
                en?: string;
              };
              unit: string;
              /** @enum {string} */
              direction: 'lower_is_better' | 'higher_is_better';
              standard?: {
                target: number;
                floor: number;
              };
            }[];
          };
        };
      };
      responses: {
        /** @description The new touchpoint */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              key: string;
              name: string;
              names?: {
                'zh-CN'?: string;
                en?: string;
              };
              stage: string;
              /** @enum {string} */
              channel:
                | 'phone'
                | 'store'
                | 'on_site'
                | 'app'
                | 'web'
                | 'sms'
                | 'wechat'
                | 'email'
                | 'chat'
                | 'mail'
                | 'other';
              owner: string;
              ratingScale?: {
                min: number;
                max: number;
              };
              /** @default [] */
              measures: {
                key: string;
                name?: string;
                names?: {
                  'zh-CN'?: string;
                  en?: string;
                };
                unit: string;
                /** @enum {string} */
                direction: 'lower_is_better' | 'higher_is_better';
                standard?: {
                  target: number;
                  floor: number;
                };
              }[];
            };
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict (`already_exists`, `in_use`) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The journey would be invalid after the change (`invalid_journey`) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/journeys/{journey}/touchpoints/{touchpoint}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read a touchpoint */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          journey: string;
          touchpoint: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The touchpoint */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              key: string;
              name: string;
              names?: {
                'zh-CN'?: string;
                en?: string;
              };
              stage: string;
              /** @enum {string} */
              channel:
                | 'phone'
                | 'store'
                | 'on_site'
                | 'app'
                | 'web'
                | 'sms'
                | 'wechat'
                | 'email'
                | 'chat'
                | 'mail'
                | 'other';
              owner: string;
              ratingScale?: {
                min: number;
                max: number;
              };
              /** @default [] */
              measures: {
                key: string;
                name?: string;
                names?: {
                  'zh-CN'?: string;
                  en?: string;
                };
                unit: string;
                /** @enum {string} */
                direction: 'lower_is_better' | 'higher_is_better';
                standard?: {
                  target: number;
                  floor: number;
                };
              }[];
            };
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Replace a touchpoint (its key stays) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          journey: string;
          touchpoint: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            key: string;
            name: string;
            names?: {
              'zh-CN'?: string;
              en?: string;
            };
            stage: string;
            /** @enum {string} */
            channel:
              | 'phone'
              | 'store'
              | 'on_site'
              | 'app'
              | 'web'
              | 'sms'
              | 'wechat'
              | 'email'
              | 'chat'
              | 'mail'
              | 'other';
            owner: string;
            ratingScale?: {
              min: number;
              max: number;
            };
            /** @default [] */
            measures?: {
              key: string;
              name?: string;
              names?: {
                'zh-CN'?: string;
                en?: string;
              };
              unit: string;
              /** @enum {string} */
              direction: 'lower_is_better' | 'higher_is_better';
              standard?: {
                target: number;
                floor: number;
              };
            }[];
          };
        };
      };
      responses: {
        /** @description The touchpoint as stored */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              key: string;
              name: string;
              names?: {
                'zh-CN'?: string;
                en?: string;
              };
              stage: string;
              /** @enum {string} */
              channel:
                | 'phone'
                | 'store'
                | 'on_site'
                | 'app'
                | 'web'
                | 'sms'
                | 'wechat'
                | 'email'
                | 'chat'
                | 'mail'
                | 'other';
              owner: string;
              ratingScale?: {
                min: number;
                max: number;
              };
              /** @default [] */
              measures: {
                key: string;
                name?: string;
                names?: {
                  'zh-CN'?: string;
                  en?: string;
                };
                unit: string;
                /** @enum {string} */
                direction: 'lower_is_better' | 'higher_is_better';
                standard?: {
                  target: number;
                  floor: number;
                };
              }[];
            };
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict (`already_exists`, `in_use`) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The journey would be invalid after the change (`invalid_journey`) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    /** Delete a touchpoint; refused (409 in_use) while it has moments */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          journey: string;
          touchpoint: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Deleted */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict (`already_exists`, `in_use`) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The journey would be invalid after the change (`invalid_journey`) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/journeys/{journey}/touchpoints/{touchpoint}/measures/{measure}/standard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read a measure's standard */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          journey: string;
          touchpoint: string;
          measure: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The standard (null when none is set) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              measure: string;
              unit: string;
              /** @enum {string} */
              direction: 'lower_is_better' | 'higher_is_better';
              standard: {
                target: number;
                floor: number;
              } | null;
            };
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Set (create or update) a measure's standard; the floor must be on the worse side of the target */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          journey: string;
          touchpoint: string;
          measure: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            target: number;
            floor: number;
          };
        };
      };
      responses: {
        /** @description The standard as stored */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              measure: string;
              unit: string;
              /** @enum {string} */
              direction: 'lower_is_better' | 'higher_is_better';
              standard: {
                target: number;
                floor: number;
              } | null;
            };
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The journey would be invalid after the change (`invalid_journey`) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    /** Remove a measure's standard (the measure stays) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          journey: string;
          touchpoint: string;
          measure: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Removed */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The journey would be invalid after the change (`invalid_journey`) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/moments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Ingest a batch of moments, all or nothing, idempotent by event id
     * @description Each moment is checked against its touchpoint standards in the same transaction and every tolerance-floor breach is recorded. When any item is rejected nothing is written: 422 `batch_rejected` with the report.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Up to 10000 moments (schema MomentInput), each with the source's eventId. */
            moments: unknown[];
          };
        };
      };
      responses: {
        /** @description Every item was created, a duplicate, or a conflict (not written) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['IngestReport'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body over the limit (`body_too_large`) */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description `batch_rejected`: the error and the report of what failed and why */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/journeys/{journey}/episodes/{key}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An episode with its moments in order and their experience values */
    get: {
      parameters: {
        query?: {
          customer?: string;
        };
        header?: never;
        path: {
          journey: string;
          key: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The episode */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Episode'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict (`already_exists`, `in_use`) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/customers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Set customers' own attributes (segment, language, contact addresses), all or nothing
     * @description Each item names a customer by the source systems' id, the attributes to set (added or replaced) and the names to remove; the rest of what is stored stays. Unknown customers are created. The survey channels find addresses here (`phone`, `email`, `openid`, or the attribute a channel names), and segment conditions read these attributes. Personal attributes are masked in answers for roles without `pii`. When any item is rejected nothing is written: 422 `batch_rejected` with the report naming each item and field at fault.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Up to 10000 customers (schema CustomerAttributesInput). */
            customers: unknown[];
          };
        };
      };
      responses: {
        /** @description Every customer was created, updated or unchanged */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CustomerAttributesReport'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body over the limit (`body_too_large`) */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description `batch_rejected`: the error and the report of what failed and why */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/customers/{customer}/timeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A customer's timeline: episodes and the latest moments in order */
    get: {
      parameters: {
        query?: {
          limit?: number;
        };
        header?: never;
        path: {
          customer: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The timeline */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Timeline'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/outcomes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Store a batch of episode outcomes (survey answers, churn), all or nothing, upsert by episode
     * @description Re-sending an outcome changes nothing (`unchanged`); a different outcome for the same episode replaces it (`updated`). Unknown customers and episodes are created. When any item is rejected nothing is written: 422 `batch_rejected` with the report.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Up to 10000 episode outcomes (schema EpisodeOutcomeInput). */
            outcomes: unknown[];
          };
        };
      };
      responses: {
        /** @description Every item was created, updated or unchanged */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OutcomeReport'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body over the limit (`body_too_large`) */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description `batch_rejected`: the error and the report of what failed and why */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/customer-status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Store a batch of customer status events (started, renewed, churned, reactivated), all or nothing
     * @description Idempotent by the source's event id (derived from customer, status and instant when not given): an event sent again changes nothing (`unchanged`); the same id with other fields replaces it (`updated`). Unknown customers are created. When any item is rejected nothing is written: 422 `batch_rejected` with the report naming each item and field at fault.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Up to 10000 status events (schema CustomerStatusInput). */
            events: unknown[];
          };
        };
      };
      responses: {
        /** @description Every event was created, updated or unchanged */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CustomerStatusReport'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body over the limit (`body_too_large`) */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description `batch_rejected`: the error and the report of what failed and why */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/customers/{customer}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A customer's status history (started, renewed, churned, reactivated) and where it stands */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          customer: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The history, oldest first */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CustomerStatusHistory'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/customers/{customer}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Erase a customer with all their moments, episodes, outcomes, breaches, survey links and answers, invitations and their deliveries (irreversible, audited; an opt-out stays as a digest) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          customer: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description What was removed */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Erasure'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/moments/{eventId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete one moment by the source's event id, with its breaches (audited) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          eventId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Deleted */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              deleted: {
                /** @enum {number} */
                moments: 1;
                breaches: number;
              };
            };
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/journeys/{journey}/key-moments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Key moments of a journey: which touchpoints decide the outcome, from the stored data
     * @description Per touchpoint: volume, performance, breach rate, importance with its interval, expected lift, IPA quadrant and rank; the episode-score histogram; peak / trough / end counts; floor suggestions. Filter with `from`, `to` (first moment of the episode) and `segment.<attribute>=<value>` (the customer, or any moment of the episode, carries it). Same data and query, same result. Results are stored until new data arrives (an ingestion, an outcome, a journey change, a deletion or an erasure): a stored result is answered at once; otherwise the analysis runs in the background (one computation per query, however many ask) and the answer is its result when it ends within about a second, else 202 with its progress and the last result of the query; ask again to get the result. Starting a computation when the workspace's analyses are all running is a 429 with Retry-After.
     */
    get: {
      parameters: {
        query?: {
          /** @description Episodes whose first moment is at or after this instant */
          from?: string;
          /** @description Episodes whose first moment is before this instant */
          to?: string;
          /** @description The outcome touchpoints are weighed against (churn: lower is better) */
          outcome?: 'overall' | 'nps' | 'churn';
          /** @description Seed of the bootstrap and of the floor samples; default 1 */
          seed?: number | null;
        };
        header?: never;
        path: {
          journey: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The analysis, with the instant its data are of */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['KeyMomentResult'];
          };
        };
        /** @description Still running: its progress and the last result */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['KeyMomentRunning'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The journey has too few touchpoints to compare (`not_enough_data`) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/journeys/{journey}/typical-episodes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A typical good and a typical bad episode of a journey, with their moments
     * @description Among episodes with an outcome and a peak-end-floor score: the good group is the top quartile by outcome, the bad group the bottom quartile (churn: those who stayed, those who churned); in each, the episode whose score is nearest the group's median score, ties to the smaller customer id then episode key (docs/key-moments.md). Stored and run in the background as the key-moment analysis: 202 with the progress and the last choice while it runs. Personal attributes are masked for roles without pii.
     */
    get: {
      parameters: {
        query?: {
          /** @description The outcome episodes are grouped by (churn: stayed against churned) */
          outcome?: 'overall' | 'nps' | 'churn';
          /** @description Episodes whose first moment is at or after this instant */
          from?: string;
          /** @description Episodes whose first moment is before this instant */
          to?: string;
        };
        header?: never;
        path: {
          journey: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The typical episodes */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['TypicalEpisodes'];
          };
        };
        /** @description Still running: its progress and the last choice */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['TypicalEpisodesRunning'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/churn/survival': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Survival of customers who hit a floor at a touchpoint against those who did not, with log-rank
     * @description Computed from the stored data and stored until new data arrive (moments, outcomes, status events, a journey change, an erasure): a stored result is answered at once; otherwise the analysis runs in the background and the answer is its result when it ends within about a second, else 202 with its progress and the last result. Churn comes from customer status events, or from episode outcomes for customers without any (docs/churn.md).
     */
    get: {
      parameters: {
        query: {
          journey: string;
          touchpoint: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Kaplan-Meier curves with intervals and the log-rank test */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ChurnSurvival'];
          };
        };
        /** @description Still running: its progress and the last result */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ChurnSurvivalRunning'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description `not_enough_data` */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/churn/drivers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Cox model of churn on breaches per touchpoint and experience; churn avoided per touchpoint
     * @description Computed from the stored data and stored until new data arrive (moments, outcomes, status events, a journey change, an erasure): a stored result is answered at once; otherwise the analysis runs in the background and the answer is its result when it ends within about a second, else 202 with its progress and the last result. Churn comes from customer status events, or from episode outcomes for customers without any (docs/churn.md).
     */
    get: {
      parameters: {
        query: {
          journey: string;
          /** @description Churn avoided is counted over this many days from the start (default 180) */
          horizonDays?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Hazard ratios with intervals and the churn each touchpoint would avoid */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ChurnDrivers'];
          };
        };
        /** @description Still running: its progress and the last result */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ChurnDriversRunning'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description `not_enough_data` */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/churn/at-risk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Customers most at risk of churning, by a model fitted on the workspace, with its validation
     * @description Computed from the stored data and stored until new data arrive (moments, outcomes, status events, a journey change, an erasure): a stored result is answered at once; otherwise the analysis runs in the background and the answer is its result when it ends within about a second, else 202 with its progress and the last result. Churn comes from customer status events, or from episode outcomes for customers without any (docs/churn.md). The model is a logistic regression fitted on 70% of the customers and judged on the 30% held out (AUC with its interval, Brier score, calibration by deciles). Every customer who has not churned is scored; the 1,000 most at risk are listed, highest first, paged by the `next` cursor, each with what raises the risk and their latest breaching moments there. Personal fields are masked without pii.
     */
    get: {
      parameters: {
        query: {
          journey: string;
          /** @description Page size, 1..200 */
          limit?: number;
          /** @description The `next` cursor of the previous page (keyset pagination) */
          after?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page of the list, with the model */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AtRiskPage'];
          };
        };
        /** @description Still running: its progress and the last page */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AtRiskRunning'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description `not_enough_data` */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/journeys/{journey}/overview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A journey in a period: moments, episodes, breach rate and its trend */
    get: {
      parameters: {
        query?: {
          /** @description Start of the period (inclusive); default 30 days before `to` */
          from?: string;
          /** @description End of the period (exclusive); default now */
          to?: string;
        };
        header?: never;
        path: {
          journey: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The journey in the period */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['JourneyOverview'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/breaches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The feed of tolerance-floor breaches, newest first
     * @description Filter by journey, touchpoint, measure or customer; page with `limit` and the `next` cursor. Each breach names the moment’s customer and episode, so service recovery can start from it.
     */
    get: {
      parameters: {
        query?: {
          /** @description Only breaches at touchpoints of this journey */
          journey?: string;
          /** @description Only breaches at touchpoints with this key */
          touchpoint?: string;
          /** @description Only breaches of this measure */
          measure?: string;
          /** @description Only this customer's breaches */
          customer?: string;
          /** @description Only breaches at or after this instant */
          from?: string;
          /** @description Only breaches before this instant */
          to?: string;
          /** @description Page size, 1..200 */
          limit?: number;
          /** @description The `next` cursor of the previous page */
          before?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page of breaches */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              breaches: components['schemas']['Breach'][];
              /** @description Cursor of the next page; null on the last one */
              next: string | null;
            };
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/imports/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A CSV file's header, first rows and a guessed mapping
     * @description Send the start of the file (a few kilobytes are enough); nothing is stored.
     */
    post: {
      parameters: {
        query?: {
          /** @description The file name (derived event ids are made from it and the line) */
          name?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'text/csv': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      responses: {
        /** @description The header and a mapping to check */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ImportPreview'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import a CSV or XLSX file of moments, with the rules of `mot import`
     * @description The same reader, mapping and batches as `mot import` (docs/import.md): rows that cannot be taken come back in `rejects` (`line,reason,row`), the rest is ingested. Importing the same file again adds nothing.
     */
    post: {
      parameters: {
        query: {
          journey: string;
          /** @description The file name (derived event ids are made from it and the line) */
          name?: string;
          /** @description The column mapping as JSON, as `mot import --mapping` reads it */
          mapping?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'text/csv': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      responses: {
        /** @description The summary and the rejects */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ImportResult'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body over the limit (`body_too_large`) */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/packs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The built-in industry journey packs, in Chinese and English */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Every pack with its journeys */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              packs: components['schemas']['PackSummary'][];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/packs/{pack}/journeys/{journey}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A journey of a pack, as it would be created */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          pack: string;
          journey: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The journey document */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              key: string;
              name: string;
              names?: {
                'zh-CN'?: string;
                en?: string;
              };
              description?: string;
              stages: {
                key: string;
                name: string;
                names?: {
                  'zh-CN'?: string;
                  en?: string;
                };
                /** @enum {string} */
                kind: 'pre_contact' | 'delivery' | 'problem_handling' | 'follow_up' | 'custom';
              }[];
              /** @default [] */
              touchpoints: {
                key: string;
                name: string;
                names?: {
                  'zh-CN'?: string;
                  en?: string;
                };
                stage: string;
                /** @enum {string} */
                channel:
                  | 'phone'
                  | 'store'
                  | 'on_site'
                  | 'app'
                  | 'web'
                  | 'sms'
                  | 'wechat'
                  | 'email'
                  | 'chat'
                  | 'mail'
                  | 'other';
                owner: string;
                ratingScale?: {
                  min: number;
                  max: number;
                };
                /** @default [] */
                measures: {
                  key: string;
                  name?: string;
                  names?: {
                    'zh-CN'?: string;
                    en?: string;
                  };
                  unit: string;
                  /** @enum {string} */
                  direction: 'lower_is_better' | 'higher_is_better';
                  standard?: {
                    target: number;
                    floor: number;
                  };
                }[];
              }[];
            };
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Create a journey in the workspace from a pack's journey */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          pack: string;
          journey: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Key of the new journey in the workspace; default the pack journey's own key */
            key?: string;
          };
        };
      };
      responses: {
        /** @description The journey as stored */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              key: string;
              name: string;
              names?: {
                'zh-CN'?: string;
                en?: string;
              };
              description?: string;
              stages: {
                key: string;
                name: string;
                names?: {
                  'zh-CN'?: string;
                  en?: string;
                };
                /** @enum {string} */
                kind: 'pre_contact' | 'delivery' | 'problem_handling' | 'follow_up' | 'custom';
              }[];
              /** @default [] */
              touchpoints: {
                key: string;
                name: string;
                names?: {
                  'zh-CN'?: string;
                  en?: string;
                };
                stage: string;
                /** @enum {string} */
                channel:
                  | 'phone'
                  | 'store'
                  | 'on_site'
                  | 'app'
                  | 'web'
                  | 'sms'
                  | 'wechat'
                  | 'email'
                  | 'chat'
                  | 'mail'
                  | 'other';
                owner: string;
                ratingScale?: {
                  min: number;
                  max: number;
                };
                /** @default [] */
                measures: {
                  key: string;
                  name?: string;
                  names?: {
                    'zh-CN'?: string;
                    en?: string;
                  };
                  unit: string;
                  /** @enum {string} */
                  direction: 'lower_is_better' | 'higher_is_better';
                  standard?: {
                    target: number;
                    floor: number;
                  };
                }[];
              }[];
            };
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict (`already_exists`, `in_use`) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/journeys/{journey}/touchpoints/{touchpoint}/stats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A touchpoint in a period: volume, performance and breach rate over time, distributions, comments
     * @description Per day (periods up to 92 days) or week: moments, breaching moments, mean experience and rating. Per measure: the distribution of the latest 5,000 moments, with the shares meeting the target and beyond the floor. The latest 30 comments with their sentiment. Comments carry customer ids, not personal data.
     */
    get: {
      parameters: {
        query?: {
          /** @description Moments at or after this instant */
          from?: string;
          /** @description Moments before this instant; default now */
          to?: string;
        };
        header?: never;
        path: {
          journey: string;
          touchpoint: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The touchpoint in the period */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['TouchpointStats'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notification-channels': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The workspace's notification channels (secrets masked) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The channels */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              channels: components['schemas']['NotificationChannel'][];
            };
          };
        };
        /** @description No caller (`unauthenticated`) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The role lacks the permission (`forbidden`) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /**
     * Add a channel: a signed webhook, a WeCom or DingTalk group robot, Slack, or e-mail
     * @description A webhook gets a new signing secret (`whsec_...`), answered in `secret` this once. Robot tokens, signing secrets and SMTP passwords are never answered afterwards.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['NewNotificationChannel'];
        };
      };
      responses: {
        /** @description The channel */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['NotificationChannelWithSecret'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No caller (`unauthenticated`) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The role lacks the permission (`forbidden`) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notification-channels/{channel}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One channel (secrets masked) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          channel: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The channel */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['NotificationChannel'];
          };
        };
        /** @description No caller (`unauthenticated`) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The role lacks the permission (`forbidden`) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a channel with its delivery log */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          channel: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Deleted */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description No caller (`unauthenticated`) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The role lacks the permission (`forbidden`) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Change a channel; fields left out (secrets too) keep their value */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          channel: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['NotificationChannelChange'];
        };
      };
      responses: {
        /** @description The channel */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['NotificationChannelWithSecret'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No caller (`unauthenticated`) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The role lacks the permission (`forbidden`) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/notification-channels/{channel}/test': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a test message through the channel
     * @description Enqueues a delivery like any other (retries, rate limit, log); follow it in the delivery log. The body is `{}`.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          channel: number;
        };
        cookie?: never;
      };
      /** @description Nothing: `{}` */
      requestBody: {
        content: {
          'application/json': Record<string, never>;
        };
      };
      responses: {
        /** @description The test delivery */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['NotificationTest'];
          };
        };
        /** @description No caller (`unauthenticated`) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The role lacks the permission (`forbidden`) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notification-channels/{channel}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The channel's delivery log, newest first, with every attempt */
    get: {
      parameters: {
        query?: {
          /** @description Page size, 1..200 */
          limit?: number;
          /** @description The `next` of the previous page: deliveries older than this id */
          before?: number;
        };
        header?: never;
        path: {
          channel: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page of deliveries */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['NotificationDeliveryPage'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No caller (`unauthenticated`) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The role lacks the permission (`forbidden`) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/business-calendars': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The workspace's business calendars (a Monday-to-Friday default is created when it has none) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The calendars */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              calendars: components['schemas']['BusinessCalendar'][];
            };
          };
        };
      };
    };
    put?: never;
    /** Create a business calendar: opening hours per weekday, holidays and make-up working days */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['BusinessCalendarDoc'];
        };
      };
      responses: {
        /** @description The new calendar */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['BusinessCalendar'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict (`already_exists`, `in_use`) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/business-calendars/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read a business calendar */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The calendar */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['BusinessCalendar'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Replace a business calendar (open cases keep the deadlines they have) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['BusinessCalendarDoc'];
        };
      };
      responses: {
        /** @description The calendar as stored */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['BusinessCalendar'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict (`already_exists`, `in_use`) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    /** Delete a business calendar that is not the default and no SLA policy uses */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Deleted */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict (`already_exists`, `in_use`) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sla-policies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The workspace's SLA policies (a default policy is created when it has none) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The policies */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              policies: components['schemas']['SlaPolicy'][];
            };
          };
        };
      };
    };
    put?: never;
    /** Create an SLA policy: first-response and resolution targets per severity on a business calendar */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['SlaPolicyDoc'];
        };
      };
      responses: {
        /** @description The new policy */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SlaPolicy'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict (`already_exists`, `in_use`) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sla-policies/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read an SLA policy */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The policy */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SlaPolicy'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Replace an SLA policy (open cases keep the deadlines they have) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['SlaPolicyDoc'];
        };
      };
      responses: {
        /** @description The policy as stored */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SlaPolicy'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict (`already_exists`, `in_use`) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    /** Delete an SLA policy that is not the default */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Deleted */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict (`already_exists`, `in_use`) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/departments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The workspace's departments (its touchpoints' owners) with their escalation contacts */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The departments */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              departments: components['schemas']['Department'][];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/departments/{department}/contacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set a department's escalation contacts: the team lead (first response overdue) and head (resolution overdue) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          department: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['DepartmentContactsDoc'];
        };
      };
      responses: {
        /** @description The department with its contacts */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Department'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/alert-rules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The workspace's alert rules, by key */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The rules */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              rules: components['schemas']['AlertRule'][];
            };
          };
        };
      };
    };
    put?: never;
    /**
     * Create an alert rule
     * @description A rule raises an alert when a moment or an answer meets its condition (floor breach, bottom rating, NPS detractor, low score, negative comment, repeat contact) inside its scope, or when a touchpoint’s breach rate over a window passes a threshold (systemic: one alert to the owner, no case). Rules are evaluated in the ingestion transaction.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            /** @default true */
            enabled?: boolean;
            /** @enum {string} */
            severity: 'low' | 'medium' | 'high' | 'critical';
            /** @default true */
            opensCase?: boolean;
            /** @default {} */
            scope?: {
              journey?: string;
              touchpoint?: string;
              segment?: {
                [key: string]: string | number | boolean;
              };
            };
            condition:
              | {
                  /** @enum {string} */
                  kind: 'floor_breach';
                  measure?: string;
                }
              | {
                  /** @enum {string} */
                  kind: 'bottom_rating';
                }
              | {
                  /** @enum {string} */
                  kind: 'nps_detractor';
                  /** @default 6 */
                  max?: number;
                }
              | {
                  /** @enum {string} */
                  kind: 'low_score';
                  /** @enum {string} */
                  score: 'rating' | 'overall';
                  max: number;
                }
              | {
                  /** @enum {string} */
                  kind: 'negative_comment';
                  /** @default -0.5 */
                  maxSentiment?: number;
                  /** @default 0.7 */
                  minConfidence?: number;
                }
              | {
                  /** @enum {string} */
                  kind: 'repeat_contact';
                  /** @default 3 */
                  count?: number;
                  /** @default 7 */
                  days?: number;
                  /**
                   * @default episodes
                   * @enum {string}
                   */
                  of?: 'episodes' | 'moments';
                }
              | {
                  /** @enum {string} */
                  kind: 'systemic';
                  breachRate: number;
                  /** @default 24 */
                  windowHours?: number;
                  /** @default 30 */
                  minVolume?: number;
                };
            key: string;
          };
        };
      };
      responses: {
        /** @description The rule */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AlertRule'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict (`already_exists`, `in_use`) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/alert-rules/{key}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read an alert rule */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          key: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The rule */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AlertRule'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Create or replace the alert rule under this key */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          key: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            /** @default true */
            enabled?: boolean;
            /** @enum {string} */
            severity: 'low' | 'medium' | 'high' | 'critical';
            /** @default true */
            opensCase?: boolean;
            /** @default {} */
            scope?: {
              journey?: string;
              touchpoint?: string;
              segment?: {
                [key: string]: string | number | boolean;
              };
            };
            condition:
              | {
                  /** @enum {string} */
                  kind: 'floor_breach';
                  measure?: string;
                }
              | {
                  /** @enum {string} */
                  kind: 'bottom_rating';
                }
              | {
                  /** @enum {string} */
                  kind: 'nps_detractor';
                  /** @default 6 */
                  max?: number;
                }
              | {
                  /** @enum {string} */
                  kind: 'low_score';
                  /** @enum {string} */
                  score: 'rating' | 'overall';
                  max: number;
                }
              | {
                  /** @enum {string} */
                  kind: 'negative_comment';
                  /** @default -0.5 */
                  maxSentiment?: number;
                  /** @default 0.7 */
                  minConfidence?: number;
                }
              | {
                  /** @enum {string} */
                  kind: 'repeat_contact';
                  /** @default 3 */
                  count?: number;
                  /** @default 7 */
                  days?: number;
                  /**
                   * @default episodes
                   * @enum {string}
                   */
                  of?: 'episodes' | 'moments';
                }
              | {
                  /** @enum {string} */
                  kind: 'systemic';
                  breachRate: number;
                  /** @default 24 */
                  windowHours?: number;
                  /** @default 30 */
                  minVolume?: number;
                };
          };
        };
      };
      responses: {
        /** @description The rule, replaced */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AlertRule'];
          };
        };
        /** @description The rule, created */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AlertRule'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    /** Delete an alert rule (its past alerts stay) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          key: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Deleted */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The case inbox: service-recovery cases, filtered, sorted and paged
     * @description An owner of a department sees only that department’s cases. `mine`, `team` (the caller’s department), `unassigned` and `overdue` are the inbox’s usual views.
     */
    get: {
      parameters: {
        query?: {
          /** @description Comma-separated states (new, acknowledged, in_progress, awaiting_callback, resolved, closed, reopened) */
          state?: string;
          /** @description Open (any state but closed) or closed */
          status?: 'open' | 'closed';
          /** @description Assigned to the caller */
          mine?: 'true' | 'false';
          /** @description The caller's department's cases */
          team?: 'true' | 'false';
          /** @description Nobody assigned */
          unassigned?: 'true' | 'false';
          /** @description Open with a due date passed and not met */
          overdue?: 'true' | 'false';
          /** @description Cases of this department */
          department?: string;
          /** @description Cases assigned to this user id */
          assignee?: string;
          /** @description Comma-separated severities (low, medium, high, critical) */
          severity?: string;
          /** @description Cases of this journey */
          journey?: string;
          /** @description Cases first triggered at a touchpoint with this key */
          touchpoint?: string;
          /** @description The customer's id */
          customer?: string;
          /** @description Opened at or after this instant */
          from?: string;
          /** @description Opened before this instant */
          to?: string;
          /** @description Order of the list */
          sort?: 'opened_desc' | 'opened_asc' | 'due_asc' | 'severity_desc' | 'updated_desc';
          /** @description Page number, from 1 */
          page?: number;
          /** @description Page size, 1..200 */
          limit?: number;
          /** @description The `next` cursor of the previous page (same sort and filters): the page starts after its last case, however many cases opened since. Instead of `page`. */
          after?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page of cases */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              cases: components['schemas']['CaseSummary'][];
              /** @description Cases matching the filters, all pages */
              total: number;
              page: number;
              limit: number;
              /** @description Cursor of the next page (`after`), null when this page is the last */
              next: string | null;
            };
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /**
     * Open a case by hand: a customer at risk of leaving, a complaint taken by phone
     * @description Like a case an alert opens: one open case per customer and episode (with one open, the report joins it: 200 with its id), owned by the touchpoint’s department (an owner of a department opens cases of that department only), its SLA started and `case.created` notified. Audited.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The customer’s id in the source systems */
            customer: string;
            journey: string;
            /** @description The touchpoint the case is about: its department owns the case */
            touchpoint: string;
            /** @description The episode’s key; default the customer’s latest episode of the journey that passed the touchpoint */
            episode?: string;
            /**
             * @default medium
             * @enum {string}
             */
            severity?: 'low' | 'medium' | 'high' | 'critical';
            /** @example At risk of leaving after two late visits */
            title: string;
            note?: string;
          };
        };
      };
      responses: {
        /** @description The open case of the episode, which the report joined */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              opened: boolean;
            };
          };
        };
        /** @description The new case */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              opened: boolean;
            };
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The lifecycle does not allow this move from the case’s state (`invalid_transition`) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/assignees': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The members the caller may assign cases to
     * @description Members whose role works cases; for an owner of a department, the members of that department. Owners read it without the member list (`members:manage`).
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The members cases can be assigned to */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CaseAssignees'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A case with its activity log, triggers, customer and breaching moments */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The case number */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The case */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CaseDetail'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/assign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Assign several cases to a member (or unassign them): all or none */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            ids: number[];
            assignee: string | null;
          };
        };
      };
      responses: {
        /** @description The cases as they are now */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              cases: components['schemas']['CaseSummary'][];
            };
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The lifecycle does not allow this move from the case’s state (`invalid_transition`) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}/acknowledge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Acknowledge a new case (its first response) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The case number */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note?: string;
          };
        };
      };
      responses: {
        /** @description The case as it is now */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CaseSummary'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The lifecycle does not allow this move from the case’s state (`invalid_transition`) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start working a case */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The case number */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note?: string;
          };
        };
      };
      responses: {
        /** @description The case as it is now */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CaseSummary'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The lifecycle does not allow this move from the case’s state (`invalid_transition`) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close a case the callback could not confirm (resolved) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The case number */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note?: string;
          };
        };
      };
      responses: {
        /** @description The case as it is now */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CaseSummary'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The lifecycle does not allow this move from the case’s state (`invalid_transition`) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}/reopen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reopen a resolved or closed case */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The case number */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note?: string;
          };
        };
      };
      responses: {
        /** @description The case as it is now */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CaseSummary'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The lifecycle does not allow this move from the case’s state (`invalid_transition`) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}/resolve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the resolution and its root cause: the case awaits its callback (回访) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The case number */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description What was done for the customer */
            resolution: string;
            /** @description A key of the case’s `rootCauses` */
            rootCause?: string | null;
          };
        };
      };
      responses: {
        /** @description The case as it is now */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CaseSummary'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The lifecycle does not allow this move from the case’s state (`invalid_transition`) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}/notes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a note to the activity log (on a new case, its first response) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The case number */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note: string;
          };
        };
      };
      responses: {
        /** @description The case as it is now */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CaseSummary'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The lifecycle does not allow this move from the case’s state (`invalid_transition`) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}/assign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Assign the case to a member, or unassign it (null) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The case number */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description A member’s user id; null unassigns */
            assignee: string | null;
          };
        };
      };
      responses: {
        /** @description The case as it is now */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CaseSummary'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The lifecycle does not allow this move from the case’s state (`invalid_transition`) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/callbacks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Callbacks (回访): mine, due now, by state; paged
     * @description Planned callbacks first, by their next attempt, then finished ones. An agent sees the callbacks assigned to them and the unassigned ones.
     */
    get: {
      parameters: {
        query?: {
          /** @description Assigned to the caller */
          mine?: 'true' | 'false';
          /** @description `due`: planned and its time has come; `planned`: planned for later */
          state?: 'planned' | 'due' | 'done' | 'failed' | 'cancelled';
          /** @description The callbacks of this case */
          case?: number;
          /** @description Page number, from 1 */
          page?: number;
          /** @description Page size, 1..200 */
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page of callbacks */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              callbacks: components['schemas']['Callback'][];
              total: number;
              page: number;
              limit: number;
            };
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/callbacks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A callback with its script in the caller’s language, its attempts and its case */
    get: {
      parameters: {
        query?: {
          /** @description Language of the script (default: the workspace’s language) */
          lang?: 'zh-CN' | 'en';
        };
        header?: never;
        path: {
          /** @description The callback number */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The callback */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CallbackDetail'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/callbacks/{id}/attempts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record a call attempt: not reached (retried later), or reached with the customer’s answers
     * @description Not reached: the next attempt is planned inside calling hours; after the last one the callback fails and its case becomes `resolved`. Reached: solved closes the case, not solved reopens it; the call is recorded as a moment of the episode at the journey’s `recovery_callback` touchpoint. A survey by phone is reached by recording its answers (`POST /api/survey-channels/phone/callbacks/{callback}/answers`): here it takes only attempts not reached (400 for a reached one).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The callback number */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Whether the customer answered */
            reached: boolean;
            /** @description The customer’s answer to “is the problem solved?” */
            solved?: boolean;
            /** @description Satisfaction with the handling, 1 (very dissatisfied) to 5 (very satisfied) */
            satisfaction?: number;
            note?: string;
          };
        };
      };
      responses: {
        /** @description The callback as it is now */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Callback'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The callback is finished (`invalid_transition`), or another attempt was recorded at once */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/callbacks/plan': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Plan a routine callback list (回访清单) without cases
     * @description A random sample (fixed by `seed`) of the episodes of a journey, optionally at one touchpoint and in a period, of customers who hit a floor there or of everyone; episodes with a planned callback are skipped.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            journey: string;
            touchpoint?: string;
            customer?: string;
            /** Format: date-time */
            from?: string;
            /** Format: date-time */
            to?: string;
            /**
             * @description `breached`: customers who hit a floor; `all`: everyone who passed
             * @default breached
             * @enum {string}
             */
            customers?: 'breached' | 'all';
            /**
             * @description At most this many, 1..200
             * @default 50
             */
            sample?: number;
            /** @description Fixes the random sample */
            seed?: string;
          };
        };
      };
      responses: {
        /** @description The callbacks planned */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              planned: number;
              ids: number[];
            };
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/recovery': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Recovery figures per touchpoint and owner department for a period, with the recovery paradox
     * @description Cases opened in the period: SLA attainment, median times, recovery rate (callbacks answered solved), re-contact within 30 days of closing, each share with a 95% Wilson interval; per touchpoint, the satisfaction of recovered customers against customers who never hit a floor there (Welch and Newcombe).
     */
    get: {
      parameters: {
        query: {
          /** @description Cases opened at or after this instant */
          from: string;
          /** @description Cases opened before this instant */
          to: string;
          /** @description Only cases of this journey */
          journey?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The figures */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RecoveryReport'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/initiatives': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The workspace's initiatives, latest start first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The initiatives */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              initiatives: components['schemas']['Initiative'][];
            };
          };
        };
      };
    };
    put?: never;
    /** Record an initiative: a change made at touchpoints from a date, whose effect is to be evaluated */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['InitiativeDoc'];
        };
      };
      responses: {
        /** @description The new initiative */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Initiative'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict (`already_exists`, `in_use`) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/initiatives/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read an initiative */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The initiative */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Initiative'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Replace an initiative */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['InitiativeDoc'];
        };
      };
      responses: {
        /** @description The initiative as stored */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Initiative'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict (`already_exists`, `in_use`) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    /** Delete an initiative */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Deleted */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/initiatives/{id}/evaluation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Did it work? Before/after, difference-in-differences, event study and verdict of an initiative
     * @description Treated: the moments at the initiative’s touchpoints (and segment); comparison: those at the comparison touchpoints (the initiative’s choice, or `comparison`), or of the comparison segment. Standard errors are clustered by customer. See docs/evaluation.md.
     */
    get: {
      parameters: {
        query?: {
          /** @description experience (mean experience value -1..+1), rating (mean rating), breach_rate (share of moments with a tolerance-floor breach), nps, overall (mean overall satisfaction) and churn (share churned) of the episodes passing the touchpoints */
          metric?: components['schemas']['EvaluationMetric'];
          /** @description Weeks before the start (the pre-period), 2..52 */
          weeksBefore?: number;
          /** @description Weeks from the start (the post-period), 1..52 */
          weeksAfter?: number;
          /** @description Overrides the initiative’s comparison: `suggested`, `none`, or touchpoints as `journey/touchpoint` separated by commas */
          comparison?: string;
          /** @description Evaluate a period without the initiative: a pretend start inside the pre-period, the real data after it left out */
          placebo?: 'true' | 'false';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The evaluation and the comparison it used */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['InitiativeEvaluation'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not enough data (`not_enough_data`): no observation at the touchpoints in the window, or a touchpoint gone from the journey */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Analyses already running in the workspace (`rate_limited`, with Retry-After) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/survey-templates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The survey templates, and what each needs (a touchpoint, a journey or KANO features) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The templates */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              templates: {
                /** @enum {string} */
                template:
                  | 'post_contact_csat'
                  | 'post_repair_nps'
                  | 'episode_overall'
                  | 'ces'
                  | 'five_c'
                  | 'kano'
                  | 'servqual';
                /** @enum {string|null} */
                needs: 'touchpoint' | 'journey' | 'features' | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/surveys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The workspace's surveys, the latest changed first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The surveys */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              surveys: components['schemas']['Survey'][];
            };
          };
        };
      };
    };
    put?: never;
    /** Create a survey: written, imported from a file exported by mot, or made from a template */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['SurveyCreate'];
        };
      };
      responses: {
        /** @description The new survey (version 1) */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SurveyDetail'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict (`already_exists`, `in_use`) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/surveys/{key}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A survey with its definition (the current version, or the one asked for) and its versions */
    get: {
      parameters: {
        query?: {
          /** @description A version of the definition; default the current one */
          version?: number;
        };
        header?: never;
        path: {
          key: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The survey */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SurveyDetail'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a survey and its versions */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          key: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Deleted */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Change a survey; a definition that differs from the current one becomes the next version */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          key: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['SurveyPatch'];
        };
      };
      responses: {
        /** @description The survey as stored */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SurveyDetail'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict (`already_exists`, `in_use`) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/surveys/{key}/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A survey as a JSON file: its SurveyJS definition, with its key, name, journey and version under `mot` */
    get: {
      parameters: {
        query?: {
          /** @description A version of the definition; default the current one */
          version?: number;
        };
        header?: never;
        path: {
          key: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The survey file (Content-Disposition: attachment) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SurveyDefinition'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/distribution-rules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The distribution rules: which survey a trigger invites to, on which conditions, by which channel */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The rules by key */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['DistributionRuleList'];
          };
        };
      };
    };
    put?: never;
    /** Create a distribution rule (off unless `enabled`); its survey, journey and touchpoint must exist */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['DistributionRuleInput'];
        };
      };
      responses: {
        /** @description The new rule */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['DistributionRule'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict (`already_exists`, `in_use`) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/distribution-rules/{key}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A distribution rule */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          key: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The rule */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['DistributionRule'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Replace a rule’s settings; switching it on plans for triggers from then on */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          key: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['DistributionRuleReplace'];
        };
      };
      responses: {
        /** @description The rule as stored */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['DistributionRule'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict (`already_exists`, `in_use`) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    /** Delete a rule; its decisions stay in the invitation ledger */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          key: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Deleted */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/distribution-rules/{key}/plan-now': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Dry run of a rule over the last hours (what it would plan and skip, and why), or plan now
     * @description With `dryRun` (the default) the rule, switched on or not, is judged on the triggers of its kind that came due in the last `hours` (moments at its touchpoint, closed cases, ended episodes; for a schedule, its latest turn, whatever `hours`) against the customers’ ledger and the fatigue budget; nothing is written. Without, the workspace’s enabled rules are planned at once (as the planning job does every minute).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          key: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['PlanNow'];
        };
      };
      responses: {
        /** @description The dry run or the run */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PlanNowResult'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The invitation ledger: every decision, planned or skipped with its reason; newest first, keyset paged */
    get: {
      parameters: {
        query?: {
          /** @description The customer, by the source systems’ id */
          customer?: string;
          survey?: string;
          rule?: string;
          status?: 'planned' | 'sending' | 'sent' | 'failed' | 'skipped' | 'answered';
          /** @description Why it was not sent */
          reason?:
            | 'condition_false'
            | 'sampled_out'
            | 'opted_out'
            | 'duplicate'
            | 'recontact'
            | 'fatigue_spacing'
            | 'fatigue_window'
            | 'outranked'
            | 'rule_disabled'
            | 'survey_inactive';
          channel?: 'link' | 'sms' | 'wechat' | 'email' | 'phone';
          /** @description The `next` of the previous page */
          cursor?: string;
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page of the ledger */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['InvitationPage'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/invitations/tallies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How many moments each rule passed over per day (its conditions did not hold): counted, not in the ledger */
    get: {
      parameters: {
        query?: {
          rule?: string;
          /** @description First day (UTC, inclusive), YYYY-MM-DD */
          from?: string;
          /** @description Last day (UTC, inclusive), YYYY-MM-DD */
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The counts, newest day first */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['InvitationTallies'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/invitations/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What each rule decided over a period (the last 7 days by default): moments considered, invitations made, sent, answered and failed, skips by reason, and moments passed over */
    get: {
      parameters: {
        query?: {
          /** @description First day (UTC, inclusive), YYYY-MM-DD */
          from?: string;
          /** @description Last day (UTC, inclusive), YYYY-MM-DD; today by default */
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Per rule, by key */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['InvitationDecisionSummary'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/customers/{customer}/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One customer’s invitations: why each was or was not sent */
    get: {
      parameters: {
        query?: {
          survey?: string;
          rule?: string;
          status?: 'planned' | 'sending' | 'sent' | 'failed' | 'skipped' | 'answered';
          /** @description Why it was not sent */
          reason?:
            | 'condition_false'
            | 'sampled_out'
            | 'opted_out'
            | 'duplicate'
            | 'recontact'
            | 'fatigue_spacing'
            | 'fatigue_window'
            | 'outranked'
            | 'rule_disabled'
            | 'survey_inactive';
          channel?: 'link' | 'sms' | 'wechat' | 'email' | 'phone';
          /** @description The `next` of the previous page */
          cursor?: string;
          limit?: number;
        };
        header?: never;
        path: {
          customer: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page of the customer’s ledger */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['InvitationPage'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/invitation-budget': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The fatigue budget: at most N invitations per rolling window of W days, at least D days apart */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The budget (the default when none was set) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['FatigueBudget'];
          };
        };
      };
    };
    /** Set the fatigue budget, across every survey and channel (reminders are not counted) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['FatigueBudget'];
        };
      };
      responses: {
        /** @description The budget as stored */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['FatigueBudget'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/surveys/{key}/links': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mint single-use survey links for a batch of customers (the survey must be active); a customer who unsubscribed is refused alone */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          key: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['SurveyLinkBatch'];
        };
      };
      responses: {
        /** @description A link per customer, or why not */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SurveyLinkReport'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The survey is not active (`invalid_transition`) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/surveys/{key}/qr-links': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The QR links of a survey (a store or counter entry each), the latest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          key: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The QR links */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SurveyQrLinkList'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Make a QR link for a store or counter: each scan mints a fresh single-use link (channel qr) with its attributes */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          key: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['SurveyQrLinkInput'];
        };
      };
      responses: {
        /** @description Made */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SurveyQrLink'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/surveys/{key}/qr-links/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Re-label, change the attributes of, or disable (enable) a QR link */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          key: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['SurveyQrLinkChange'];
        };
      };
      responses: {
        /** @description Changed */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SurveyQrLink'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/public/qr/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A scan of a QR code: mints a single-use link for an anonymous customer and redirects to its survey page */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The token of the QR link (`/api/public/qr/<token>`) */
          token: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description To the survey page of the new link (`Location: <base>/s/<token>`) */
        302: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description No such QR code (`not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The QR code is disabled or its survey is not active (`link_expired`) */
        410: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/surveys/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The survey a link opens: the definition of its version, the language and the answers kept so far */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The token of the link (`/s/<token>`) */
          token: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The survey */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PublicSurvey'];
          };
        };
        /** @description No such link (`not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The link was answered already (`already_answered`; `language` says the page’s language) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The link expired or its survey closed (`link_expired`; with `language`) */
        410: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Submit the answers, once: checked against the survey and stored; a background job turns them into moments and the episode’s outcome within a second or so */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The token of the link (`/s/<token>`) */
          token: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['SurveyAnswersBody'];
        };
      };
      responses: {
        /** @description Stored */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SurveySubmitted'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No such link (`not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The link was answered already (`already_answered`; `language` says the page’s language) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The link expired or its survey closed (`link_expired`; with `language`) */
        410: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/surveys/{token}/partial': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Keep the answers given so far (replaces the earlier ones) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The token of the link (`/s/<token>`) */
          token: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['SurveyAnswersBody'];
        };
      };
      responses: {
        /** @description Kept */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SurveyPartialSaved'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No such link (`not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The link was answered already (`already_answered`; `language` says the page’s language) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The link expired or its survey closed (`link_expired`; with `language`) */
        410: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/surveys/{token}/unsubscribe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Unsubscribe (退订): the customer of the link is never sent another survey by this workspace */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The token of the link (`/s/<token>`) */
          token: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Unsubscribed */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SurveyUnsubscribed'];
          };
        };
        /** @description No such link (`not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reviews/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import online reviews (CSV or XLSX: platform, date, store or touchpoint, rating, text) as moments
     * @description Each review becomes a moment at the review touchpoint, its rating re-scaled to the touchpoint, its text scored like any comment, its store a segment attribute. Importing the same file again adds nothing (event id from the platform and the review id, or a hash of date, store and text).
     */
    post: {
      parameters: {
        query: {
          name?: string;
          /** @description The mapping as JSON: {"journey", "touchpoint" (default review), "columns": {platform, date, rating, text, store?, touchpoint?, reviewId?, author?}, "ratingScale" (default 1-5), "timezone" (default +08:00)} */
          mapping: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'text/csv': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      responses: {
        /** @description The counts and the rejected rows */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ReviewImport'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body over the limit (`body_too_large`) */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/surveys/{key}/results': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A survey’s results: response rates by channel, NPS / CSAT / CES with intervals and weekly trends, distributions
     * @description Filter with `from` / `to` (submission; for response rates, when the link was minted), `language`, `channel`, `journey`, `version` and `segment.<attribute>=<value>` (every one equal, as text, on the customer, on the link (a QR code’s store) or on one moment of the answer’s episode; a personal one needs `pii`).
     */
    get: {
      parameters: {
        query?: {
          /** @description Answers submitted (links minted) at or after this instant */
          from?: string;
          /** @description Answers submitted (links minted) before this instant */
          to?: string;
          /** @description Answers given in this language */
          language?: 'en' | 'zh-CN';
          /** @description Answers through links of this channel */
          channel?: 'link' | 'sms' | 'wechat' | 'email' | 'phone' | 'qr';
          /** @description Answers about episodes of this journey */
          journey?: string;
          /** @description Answers to this version */
          version?: number;
          /** @description The language of question titles, choices and export headers (default en) */
          labels?: 'en' | 'zh-CN';
        };
        header?: never;
        path: {
          key: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The results */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SurveyResults'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/surveys/{key}/verbatims': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A survey’s text answers, newest first, each with its sentiment and themes
     * @description Filter with `from` / `to` (submission; for response rates, when the link was minted), `language`, `channel`, `journey`, `version` and `segment.<attribute>=<value>` (every one equal, as text, on the customer, on the link (a QR code’s store) or on one moment of the answer’s episode; a personal one needs `pii`). `sentiment` keeps one class; `counts` counts every class.
     */
    get: {
      parameters: {
        query?: {
          /** @description Answers submitted (links minted) at or after this instant */
          from?: string;
          /** @description Answers submitted (links minted) before this instant */
          to?: string;
          /** @description Answers given in this language */
          language?: 'en' | 'zh-CN';
          /** @description Answers through links of this channel */
          channel?: 'link' | 'sms' | 'wechat' | 'email' | 'phone' | 'qr';
          /** @description Answers about episodes of this journey */
          journey?: string;
          /** @description Answers to this version */
          version?: number;
          /** @description The language of question titles, choices and export headers (default en) */
          labels?: 'en' | 'zh-CN';
          /** @description One text question (its name) */
          question?: string;
          sentiment?: 'negative' | 'neutral' | 'positive';
          offset?: number | null;
          limit?: number;
        };
        header?: never;
        path: {
          key: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page of verbatims */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SurveyVerbatims'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/surveys/{key}/answers/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A survey’s answers as CSV or XLSX, one column per question (customer attributes masked without `pii`)
     * @description Filter with `from` / `to` (submission; for response rates, when the link was minted), `language`, `channel`, `journey`, `version` and `segment.<attribute>=<value>` (every one equal, as text, on the customer, on the link (a QR code’s store) or on one moment of the answer’s episode; a personal one needs `pii`).
     */
    get: {
      parameters: {
        query?: {
          /** @description Answers submitted (links minted) at or after this instant */
          from?: string;
          /** @description Answers submitted (links minted) before this instant */
          to?: string;
          /** @description Answers given in this language */
          language?: 'en' | 'zh-CN';
          /** @description Answers through links of this channel */
          channel?: 'link' | 'sms' | 'wechat' | 'email' | 'phone' | 'qr';
          /** @description Answers about episodes of this journey */
          journey?: string;
          /** @description Answers to this version */
          version?: number;
          /** @description The language of question titles, choices and export headers (default en) */
          labels?: 'en' | 'zh-CN';
          format?: 'csv' | 'xlsx';
        };
        header?: never;
        path: {
          key: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The file (Content-Disposition: attachment), streamed */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/csv': string;
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/studies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The workspace's KANO and SERVQUAL studies with their answer counts, the latest changed first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The studies */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              studies: components['schemas']['Study'][];
            };
          };
        };
      };
    };
    put?: never;
    /** Create a KANO study from a feature list, or a SERVQUAL study: a survey from the template, marked as a study */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['StudyCreate'];
        };
      };
      responses: {
        /** @description The study; its survey has the same key (mint links through /api/surveys/{key}/links) */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Study'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict (`already_exists`, `in_use`) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/studies/{key}/results': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A study’s results from its stored answers: KANO classes, Better / Worse, strengths and Fong’s test; SERVQUAL gaps per item and dimension with intervals, weighted by importance
     * @description Computed by the same core functions as `mot kano` and `mot servqual` (docs/studies.md), from the answers of every version submitted in the period and language asked for.
     */
    get: {
      parameters: {
        query?: {
          /** @description Answers submitted at or after (a date is its midnight UTC) */
          from?: string;
          /** @description Answers submitted before */
          to?: string;
          /** @description Answers given in this language */
          language?: 'en' | 'zh-CN';
          /** @description KANO evaluation table: `berger` (default; Berger et al. 1993, p. 6) or `pouliot` (same report, p. 33) */
          table?: 'berger' | 'pouliot';
          /** @description KANO class rule: `most-frequent` (default; M > O > A > I on ties) or `aom-vs-irq` (A+O+M against I+R+Q first) */
          rule?: 'most-frequent' | 'aom-vs-irq';
        };
        header?: never;
        path: {
          key: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The results */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['StudyResults'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too few answers in the period and language (`not_enough_data`) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/survey-channels': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The settings of the SMS, WeChat, e-mail and phone channels of survey invitations (secrets masked) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Every kind, defaults when never saved */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              channels: components['schemas']['SurveyChannelSettings'][];
            };
          };
        };
        /** @description No caller (`unauthenticated`) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The role lacks the permission (`forbidden`) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/survey-channels/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The delivery log of invitations and test messages, newest first */
    get: {
      parameters: {
        query?: {
          /** @description Page size, 1..200 */
          limit?: number;
          /** @description The `next` of the previous page: deliveries older than this id */
          before?: number;
          kind?: 'sms' | 'wechat' | 'email' | 'phone';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page of deliveries */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SurveyChannelDeliveryPage'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No caller (`unauthenticated`) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The role lacks the permission (`forbidden`) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/survey-channels/{kind}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One kind's settings (secrets masked) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          kind: 'sms' | 'wechat' | 'email' | 'phone';
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The settings */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SurveyChannelSettings'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No caller (`unauthenticated`) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The role lacks the permission (`forbidden`) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /**
     * Replace one kind's settings
     * @description Private, loopback and link-local gateway or SMTP hosts are refused unless the installation allows them (MOT_ALLOW_PRIVATE_WEBHOOKS=1), as for notification channels.
     */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          kind: 'sms' | 'wechat' | 'email' | 'phone';
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['SurveyChannelSettingsChange'];
        };
      };
      responses: {
        /** @description The settings */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SurveyChannelSettings'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No caller (`unauthenticated`) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The role lacks the permission (`forbidden`) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/survey-channels/{kind}/test': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a test message (a sample survey link) to an address the administrator types
     * @description Sent at once, not retried; the answer and the delivery log say what the receiver answered.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The phone channel has no test message */
          kind: 'sms' | 'wechat' | 'email';
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['SurveyChannelTest'];
        };
      };
      responses: {
        /** @description What the receiver answered */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SurveyChannelSendOutcome'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No caller (`unauthenticated`) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The role lacks the permission (`forbidden`) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/survey-channels/phone/callbacks/{callback}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The survey an agent reads out on a callback planned by the phone channel */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          callback: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The survey in the customer's language */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PhoneSurvey'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No caller (`unauthenticated`) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The role lacks the permission (`forbidden`) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/survey-channels/phone/callbacks/{callback}/answers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the customer's answers given on the phone (once; the answer path of the survey link) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          callback: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['SurveyAnswersBody'];
        };
      };
      responses: {
        /** @description Stored */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SurveySubmitted'];
          };
        };
        /** @description Invalid input (`invalid_input`, `malformed_json`) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No caller (`unauthenticated`) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The role lacks the permission (`forbidden`) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found (`not_found`, `workspace_not_found`) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Answered already (`already_answered`) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The link expired or the survey closed (`link_expired`) */
        410: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    MomentInput: {
      eventId: string;
      journey: string;
      touchpoint: string;
      customer: string;
      episode: string;
      /** Format: date-time */
      occurredAt: string;
      measures?: {
        [key: string]: number | boolean;
      };
      employee?: string;
      rating?: number;
      comment?: string;
      attributes?: {
        [key: string]: string | number | boolean;
      };
    };
    CustomerAttributesInput: {
      customer: string;
      attributes?: {
        [key: string]: string | number | boolean;
      };
      /** @default [] */
      remove: string[];
    };
    EpisodeOutcomeInput: {
      journey: string;
      customer: string;
      episode: string;
      eventId?: string;
      overall?: number | null;
      nps?: number | null;
      csat?: number | null;
      ces?: number | null;
      churnIntent?: number | null;
      churned?: boolean | null;
      churnedAt?: string | null;
      surveyedAt?: string | null;
    };
    CustomerStatusInput: {
      customer: string;
      /** @enum {string} */
      status: 'started' | 'renewed' | 'churned' | 'reactivated';
      at: string;
      reason?: string | null;
      contractEnd?: string | null;
      eventId?: string;
    };
    Me: {
      user: {
        id: string;
        email: string;
        name: string;
        twoFactorEnabled: boolean;
        instanceAdmin: boolean;
      };
      workspaces: {
        key: string;
        name: string;
        role: components['schemas']['Role'];
        department: string | null;
        permissions: (
          | 'journeys:read'
          | 'journeys:write'
          | 'analyses:read'
          | 'customers:read'
          | 'customers:erase'
          | 'breaches:read'
          | 'moments:write'
          | 'moments:delete'
          | 'outcomes:write'
          | 'pii'
          | 'members:manage'
          | 'keys:manage'
          | 'settings:read'
          | 'settings:manage'
          | 'audit:read'
          | 'cases:read'
          | 'cases:work'
          | 'callbacks:work'
          | 'loop:manage'
          | 'notifications:manage'
          | 'initiatives:manage'
          | 'surveys:manage'
        )[];
      }[];
    };
    /** @enum {string} */
    Role: 'admin' | 'analyst' | 'owner' | 'agent' | 'viewer' | 'ingest';
    Error: {
      error: {
        /** @example invalid_input */
        code: string;
        message: string;
        path: (string | number)[];
      };
    };
    Member: {
      userId: string;
      email: string;
      name: string;
      role: components['schemas']['Role'];
      department: string | null;
      disabled: boolean;
      twoFactorEnabled: boolean;
      joinedAt: string;
    };
    ApiKey: {
      id: string;
      name: string;
      role: components['schemas']['Role'];
      last4: string;
      createdAt: string;
      expiresAt: string | null;
      lastUsedAt: string | null;
      revokedAt: string | null;
    };
    WorkspaceSettings: {
      /** @example Asia/Shanghai */
      timeZone: string;
      /** @enum {string} */
      language: 'zh-CN' | 'en';
      /** @description Customer attributes that are personal data: masked for roles without `pii` */
      personalFields: string[];
      /** @description How callbacks (回访) are scheduled: the local calling window and weekdays (in the time zone of the default business calendar, never on its holidays), attempts before a callback fails, minutes before each retry (the last repeats) and from resolution to the first attempt */
      callbacks: {
        callingStart: string;
        callingEnd: string;
        callingDays: number[];
        maxAttempts: number;
        retryDelaysMinutes: number[];
        firstDelayMinutes: number;
      };
    };
    AuditEntry: {
      id: number;
      at: string;
      actor: {
        kind: string;
        id: string | null;
        credentialId: string | null;
      };
      action: string;
      entityType: string;
      entityId: string | null;
      summary: {
        [key: string]: unknown;
      };
    };
    Workspace: {
      id: string;
      key: string;
      name: string;
      createdAt: string;
    };
    IngestReport: {
      ok: boolean;
      created: number;
      duplicates: number;
      conflicts: number;
      rejected: number;
      breaches: number;
      items: {
        index: number;
        eventId?: string;
        /** @enum {string} */
        status: 'created' | 'duplicate' | 'conflict' | 'rejected';
        errors?: {
          code: string;
          message: string;
          path: (string | number)[];
        }[];
      }[];
    };
    Episode: {
      journey: string;
      key: string;
      customer: string;
      startedAt: string | null;
      endedAt: string | null;
      moments: components['schemas']['Moment'][];
    };
    Moment: {
      eventId: string;
      occurredAt: string;
      journey: string;
      touchpoint: string;
      episode: string;
      measures: {
        [key: string]: number;
      };
      rating: number | null;
      comment: string | null;
      employee: string | null;
      experience: number | null;
      experienceSource: string | null;
      attributes: {
        [key: string]: unknown;
      } | null;
      sentiment: components['schemas']['MomentSentiment'];
      breaches: {
        kind: string;
        measure: string | null;
        value: number;
        floor: number;
      }[];
    };
    MomentSentiment: {
      /** @enum {string} */
      label: 'negative' | 'neutral' | 'positive';
      score: number;
      confidence: number;
      themes: {
        theme: string;
        names: {
          'zh-CN': string;
          en: string;
        };
        score: number;
        mentions: number;
      }[];
    } | null;
    CustomerAttributesReport: {
      ok: boolean;
      created: number;
      updated: number;
      unchanged: number;
      rejected: number;
      items: {
        index: number;
        /** @enum {string} */
        status: 'created' | 'updated' | 'unchanged' | 'rejected';
        errors?: {
          code: string;
          message: string;
          path: (string | number)[];
        }[];
      }[];
    };
    Timeline: {
      customer: {
        externalId: string;
        attributes: {
          [key: string]: unknown;
        };
        createdAt: string;
      };
      episodes: {
        journey: string;
        key: string;
      }[];
      moments: components['schemas']['Moment'][];
      status: {
        /** @enum {string|null} */
        current: 'active' | 'churned' | null;
        contractEnd: string | null;
        events: components['schemas']['CustomerStatusEvent'][];
      };
    };
    CustomerStatusEvent: {
      eventId: string;
      /** @enum {string} */
      status: 'started' | 'renewed' | 'churned' | 'reactivated';
      at: string;
      reason: string | null;
      contractEnd: string | null;
    };
    OutcomeReport: {
      ok: boolean;
      created: number;
      updated: number;
      unchanged: number;
      rejected: number;
      items: {
        index: number;
        /** @enum {string} */
        status: 'created' | 'updated' | 'unchanged' | 'rejected';
        errors?: {
          code: string;
          message: string;
          path: (string | number)[];
        }[];
      }[];
    };
    CustomerStatusReport: {
      ok: boolean;
      created: number;
      updated: number;
      unchanged: number;
      rejected: number;
      items: {
        index: number;
        eventId?: string;
        /** @enum {string} */
        status: 'created' | 'updated' | 'unchanged' | 'rejected';
        errors?: {
          code: string;
          message: string;
          path: (string | number)[];
        }[];
      }[];
    };
    CustomerStatusHistory: {
      customer: string;
      /** @enum {string|null} */
      current: 'active' | 'churned' | null;
      contractEnd: string | null;
      events: components['schemas']['CustomerStatusEvent'][];
    };
    Erasure: {
      erased: {
        customers: number;
        episodes: number;
        moments: number;
        breaches: number;
        outcomes: number;
        surveyLinks: number;
        surveyAnswers: number;
        /** @description Rows of the invitation ledger */
        invitations: number;
        /** @description What the channels answered when those invitations were sent */
        invitationDeliveries: number;
      };
    };
    KeyMomentResult: {
      episodes: {
        total: number;
        withOutcome: number;
        scored: number;
      };
      touchpoints: {
        [key: string]: unknown;
      }[];
      /** @description Peak-end weights refitted with each touchpoint as a control (least squares); weights the data cannot tell apart (e.g. the end when the same touchpoint is always last) have identifiable: false */
      peakEndControlled?: {
        /** @enum {string} */
        method: 'ols';
        n: number;
        weights: {
          peak: {
            estimate: number | null;
            se: number | null;
            lower: number | null;
            upper: number | null;
            identifiable: boolean;
          };
          end: {
            estimate: number | null;
            se: number | null;
            lower: number | null;
            upper: number | null;
            identifiable: boolean;
          };
          mean: {
            estimate: number | null;
            se: number | null;
            lower: number | null;
            upper: number | null;
            identifiable: boolean;
          };
          breaches: {
            estimate: number | null;
            se: number | null;
            lower: number | null;
            upper: number | null;
            identifiable: boolean;
          };
        };
        touchpoints: {
          estimate: number | null;
          se: number | null;
          lower: number | null;
          upper: number | null;
          identifiable: boolean;
          key: string;
        }[];
        rank: number;
        r2: number | null;
        residualSd: number | null;
      } | null;
      /** @description When the computation began: the result is of the data stored at that instant */
      computedAt: string;
    } & {
      [key: string]: unknown;
    };
    KeyMomentRunning: {
      progress: components['schemas']['AnalysisProgress'];
      last: components['schemas']['KeyMomentResult'] & (Record<string, never> | null);
    };
    /** @description Null while another server computes the same analysis */
    AnalysisProgress: {
      pagesDone: number;
      pagesTotal: number;
    } | null;
    TypicalEpisodes: {
      good: components['schemas']['TypicalEpisode'];
      bad: components['schemas']['TypicalEpisode'];
      /** @description Episodes with an outcome and a score */
      candidates: number;
      /** @description When the choice was computed: of the data at that instant */
      computedAt: string;
    };
    TypicalEpisode: {
      customer: string;
      key: string;
      /** @description Its outcome as stored (churn: 1 churned, 0 stayed) */
      outcome: number;
      /** @description Its peak-end-floor score, 0-10 */
      score: number;
      /** @description Episodes in its group (quartile, or stayed / churned) */
      groupSize: number;
      /** @description The group's median score, which its score is nearest */
      medianScore: number;
      startedAt: string | null;
      endedAt: string | null;
      moments: components['schemas']['Moment'][];
    } | null;
    TypicalEpisodesRunning: {
      progress: components['schemas']['AnalysisProgress'];
      last: components['schemas']['TypicalEpisodes'] & (Record<string, never> | null);
    };
    ChurnSurvival: {
      journey: string;
      /** @description End of observation: the latest moment or status event */
      observedUntil: string | null;
      customers: number;
      churned: number;
      computedAt: string;
      touchpoint: string;
      comparison: {
        confidenceLevel: number;
        /** @description Groups 'unexposed' and 'exposed' (an empty group is left out) */
        curves: {
          group: string;
          n: number;
          events: number;
          steps: {
            time: number;
            atRisk: number;
            events: number;
            censored: number;
            survival: number;
            standardError: number;
            lower: number | null;
            upper: number | null;
          }[];
          median: {
            estimate: number | null;
            lower: number | null;
            upper: number | null;
          };
        }[];
        logRank: {
          chiSquare: number;
          df: number;
          p: number;
          observed: number[];
          expected: number[];
        } | null;
      };
    };
    ChurnSurvivalRunning: {
      progress: components['schemas']['AnalysisProgress'] & unknown;
      last: components['schemas']['ChurnSurvival'] & (Record<string, never> | null);
    };
    ChurnDrivers: {
      journey: string;
      /** @description End of observation: the latest moment or status event */
      observedUntil: string | null;
      customers: number;
      churned: number;
      computedAt: string;
      horizonDays: number;
      cox: {
        confidenceLevel: number;
        covariates: {
          key: string;
          coefficient: number;
          standardError: number;
          hazardRatio: number;
          lower: number;
          upper: number;
          z: number;
          p: number;
          possiblyInfinite: boolean;
          mean: number;
        }[];
        dropped: {
          key: string;
          reason: string;
        }[];
        concordance: number;
        n: number;
        events: number;
        logLikelihood: number;
        likelihoodRatio: {
          chiSquare: number;
          df: number;
          p: number;
        };
        converged: boolean;
      };
      avoided: {
        touchpoint: string;
        covariate: string;
        horizonDays: number;
        exposed: number;
        expectedChurn: number;
        expectedChurnIfMet: number;
        avoided: {
          estimate: number;
          lower: number;
          upper: number;
        };
        avoidedShare: {
          estimate: number;
          lower: number;
          upper: number;
        };
        confidenceLevel: number;
      }[];
    };
    ChurnDriversRunning: {
      progress: components['schemas']['AnalysisProgress'] & unknown;
      last: components['schemas']['ChurnDrivers'] & (Record<string, never> | null);
    };
    AtRiskPage: {
      journey: string;
      /** @description End of observation: the latest moment or status event */
      observedUntil: string | null;
      customers: number;
      churned: number;
      computedAt: string;
      /** @description Customers not churned, all scored */
      scored: number;
      /** @description Customers kept in the list, most at risk first */
      listed: number;
      model: {
        keys: string[];
        dropped: {
          key: string;
          reason: string;
        }[];
        intercept: number;
        coefficients: number[];
        standardErrors: number[];
        holdoutShare: number;
        training: {
          n: number;
          events: number;
        };
        holdout: {
          n: number;
          events: number;
          auc: {
            estimate: number;
            lower: number;
            upper: number;
            standardError: number;
          };
          brier: number;
          calibration: {
            n: number;
            minPredicted: number;
            maxPredicted: number;
            meanPredicted: number;
            observed: number;
            observedLower: number;
            observedUpper: number;
          }[];
          calibrationSlope: number | null;
          calibrationIntercept: number | null;
        };
      };
      items: components['schemas']['AtRiskCustomer'][];
      next: string | null;
    };
    AtRiskCustomer: {
      customer: string;
      /** @description Predicted probability of churning, 0..1 */
      risk: number;
      tenureDays: number;
      /** @description Personal fields masked without pii */
      attributes: {
        [key: string]: unknown;
      };
      contributions: {
        /** @description `breaches:<touchpoint>`, `mean_experience` or `episodes` */
        key: string;
        value: number;
        /** @description Raise of the log-odds against an average customer */
        contribution: number;
      }[];
      /** @description The latest breaching moments at the touchpoints that raise the risk */
      moments: {
        eventId: string;
        touchpoint: string;
        occurredAt: string;
        experience: number | null;
      }[];
    };
    AtRiskRunning: {
      progress: components['schemas']['AnalysisProgress'] & unknown;
      last: components['schemas']['AtRiskPage'] & (Record<string, never> | null);
    };
    JourneyOverview: {
      moments: number;
      /** @description Episodes with at least one moment in the period */
      episodes: number;
      /** @description Moments with at least one floor breach */
      breachingMoments: number;
      /** @description breachingMoments / moments; null without moments */
      breachRate: number | null;
      journey: string;
      from: string;
      to: string;
      /**
       * @description Days for periods up to 92 days, else weeks (UTC)
       * @enum {string}
       */
      bucket: 'day' | 'week';
      customers: number;
      /** @description The trend: one entry per day or week that has moments, in time order */
      buckets: {
        moments: number;
        /** @description Episodes with at least one moment in the period */
        episodes: number;
        /** @description Moments with at least one floor breach */
        breachingMoments: number;
        /** @description breachingMoments / moments; null without moments */
        breachRate: number | null;
        start: string;
      }[];
    };
    Breach: {
      id: number;
      occurredAt: string;
      journey: string;
      touchpoint: string;
      /** @description `measure` (a measure beyond its floor) or `rating` */
      kind: string;
      measure: string | null;
      value: number;
      floor: number;
      customer: string;
      episode: string;
    };
    ImportPreview: {
      header: string[];
      /** @description The first rows, as read */
      rows: string[][];
      /** @description A guessed mapping, to be checked */
      mapping: {
        [key: string]: unknown;
      };
      /** @description Required fields no column was found for */
      missing: string[];
    };
    ImportResult: {
      rowsRead: number;
      created: number;
      duplicates: number;
      rejected: number;
      breaches: number;
      /** @description Why reading stopped early; rows before it were kept */
      stoppedBy: string | null;
      /** @description The rejects file (`line,reason,row`, CSV); null when every row was taken */
      rejects: string | null;
      /** @description Cells read as missing by the mapping's missing-value codes (`missing`), per column, in the rows taken */
      missingByCode: {
        [key: string]: number;
      };
    };
    PackSummary: {
      key: string;
      /** @enum {string} */
      industry:
        | 'telecom'
        | 'banking_insurance'
        | 'property_management'
        | 'hotel'
        | 'tech_after_sales'
        | 'restaurant'
        | 'healthcare'
        | 'retail';
      names: {
        'zh-CN': string;
        en: string;
      };
      descriptions: {
        'zh-CN': string;
        en: string;
      };
      /** @description Owner departments by key */
      departments: {
        [key: string]: {
          'zh-CN': string;
          en: string;
        };
      };
      journeys: {
        key: string;
        name: string;
        names: {
          [key: string]: string;
        };
        description?: string;
        stages: number;
        touchpoints: number;
      }[];
    };
    TouchpointStats: {
      journey: string;
      touchpoint: string;
      from: string;
      to: string;
      /** @enum {string} */
      bucket: 'day' | 'week';
      moments: number;
      breachingMoments: number;
      breachRate: number | null;
      buckets: {
        start: string;
        moments: number;
        breachingMoments: number;
        breachRate: number | null;
        /** @description Mean experience (-1..+1) of moments with one */
        experience: number | null;
        /** @description Mean rating of rated moments */
        rating: number | null;
      }[];
      /** @description Each measure's distribution over the latest 5,000 moments of the period */
      measures: {
        key: string;
        n: number;
        mean: number | null;
        /** @description Share at or better than the target */
        meetsTarget: number | null;
        /** @description Share worse than the tolerance floor */
        beyondFloor: number | null;
        histogram: {
          from: number;
          to: number;
          count: number;
        }[];
      }[];
      comments: {
        eventId: string;
        occurredAt: string;
        customer: string;
        episode: string;
        comment: string;
        experience: number | null;
        sentiment: {
          /** @enum {string} */
          label: 'negative' | 'neutral' | 'positive';
          score: number;
        } | null;
      }[];
    };
    NotificationChannel: {
      id: number;
      name: string;
      /** @enum {string} */
      kind: 'webhook' | 'wecom' | 'dingtalk' | 'slack' | 'email';
      enabled: boolean;
      subscription: components['schemas']['NotificationSubscription'];
      /** @description The settings, robot tokens masked; passwords and secrets never shown */
      config: {
        [key: string]: unknown;
      };
      /** @description The first and last characters of the signing secret or password */
      secretHint: string | null;
      createdAt: string;
      updatedAt: string;
    };
    NotificationSubscription: {
      /** @description The events sent to the channel */
      events: ('case.created' | 'case.escalated' | 'case.overdue' | 'alert.systemic')[];
      /** @description Only notifications about these journeys (by key); absent or empty: all */
      journeys?: string[];
      /** @description Only notifications for these departments (touchpoint owners); absent: all */
      departments?: string[];
      /** @description Only notifications of these severities; absent: all */
      severities?: ('low' | 'medium' | 'high' | 'critical')[];
    };
    NotificationChannelWithSecret: components['schemas']['NotificationChannel'] & {
      /** @description Webhook signing secret (`whsec_...`): shown only now, store it */
      secret?: string;
    };
    NewNotificationChannel:
      | {
          /** @enum {string} */
          kind: 'webhook';
          name: string;
          /** @default true */
          enabled: boolean;
          subscription: components['schemas']['NotificationSubscription'];
          /** @description Receives POSTs signed with Standard Webhooks */
          url: string;
        }
      | {
          /** @enum {string} */
          kind: 'wecom';
          name: string;
          /** @default true */
          enabled: boolean;
          subscription: components['schemas']['NotificationSubscription'];
          /** @description The group robot address, `https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=...` */
          url: string;
        }
      | {
          /** @enum {string} */
          kind: 'dingtalk';
          name: string;
          /** @default true */
          enabled: boolean;
          subscription: components['schemas']['NotificationSubscription'];
          /** @description The robot address, `https://oapi.dingtalk.com/robot/send?access_token=...` */
          url: string;
          /** @description The robot’s signing secret (`SEC...`) */
          secret: string;
        }
      | {
          /** @enum {string} */
          kind: 'slack';
          name: string;
          /** @default true */
          enabled: boolean;
          subscription: components['schemas']['NotificationSubscription'];
          /** @description The incoming-webhook address, `https://hooks.slack.com/services/...` */
          url: string;
        }
      | {
          /** @enum {string} */
          kind: 'email';
          name: string;
          /** @default true */
          enabled: boolean;
          subscription: components['schemas']['NotificationSubscription'];
          host: string;
          /** @default 587 */
          port: number;
          /**
           * @description TLS from the start (port 465); else STARTTLS
           * @default false
           */
          secure: boolean;
          /** @default null */
          user: string | null;
          /** @default null */
          password: string | null;
          /** Format: email */
          from: string;
          to: string[];
        };
    NotificationChannelChange: {
      name?: string;
      enabled?: boolean;
      subscription?: components['schemas']['NotificationSubscription'];
      url?: string;
      secret?: string;
      host?: string;
      port?: number;
      secure?: boolean;
      user?: string | null;
      password?: string | null;
      from?: string;
      to?: string[];
      /** @description Webhook: make a new signing secret (answered once, in `secret`) */
      rotateSecret?: boolean;
    };
    NotificationTest: {
      /** @description Follow it in the delivery log */
      deliveryId: number;
    };
    NotificationDeliveryPage: {
      deliveries: components['schemas']['NotificationDelivery'][];
      next: number | null;
    };
    NotificationDelivery: {
      id: number;
      event: string;
      key: string;
      title: string | null;
      /** @enum {string} */
      state: 'pending' | 'waiting' | 'delivered' | 'digested' | 'failed';
      attempts: components['schemas']['NotificationAttempt'][];
      digestId: number | null;
      lastError: string | null;
      createdAt: string;
      deliveredAt: string | null;
    };
    NotificationAttempt: {
      attempt: number;
      at: string;
      /** @enum {string} */
      status: 'sending' | 'ok' | 'retry' | 'failed' | 'refused';
      httpStatus: number | null;
      durationMs: number | null;
      error: string | null;
    };
    BusinessCalendar: {
      id: string;
      name: string;
      isDefault: boolean;
      calendar: {
        /** @example Asia/Shanghai */
        timeZone: string;
        hours: {
          /** @description 0 = Sunday ... 6 = Saturday */
          day: number;
          /** @example 09:00 */
          start: string;
          /** @example 18:00 */
          end: string;
        }[];
        holidays: string[];
        workdays: {
          /** @example 2026-10-01 */
          date: string;
          /** @description 0 = Sunday ... 6 = Saturday */
          as: number;
        }[];
      };
      policies: number;
      updatedAt: string;
    };
    BusinessCalendarDoc: {
      name: string;
      /** @default false */
      isDefault: boolean;
      calendar: {
        /** @example Asia/Shanghai */
        timeZone: string;
        hours: {
          /** @description 0 = Sunday ... 6 = Saturday */
          day: number;
          /** @example 09:00 */
          start: string;
          /** @example 18:00 */
          end: string;
        }[];
        holidays: string[];
        workdays: {
          /** @example 2026-10-01 */
          date: string;
          /** @description 0 = Sunday ... 6 = Saturday */
          as: number;
        }[];
      };
    };
    SlaPolicy: {
      id: string;
      name: string;
      isDefault: boolean;
      calendarId: string;
      calendarName: string;
      targets: {
        low: {
          firstResponseMinutes: number;
          resolutionMinutes: number;
        };
        medium: {
          firstResponseMinutes: number;
          resolutionMinutes: number;
        };
        high: {
          firstResponseMinutes: number;
          resolutionMinutes: number;
        };
        critical: {
          firstResponseMinutes: number;
          resolutionMinutes: number;
        };
      };
      journeys: string[];
      departments: string[];
      updatedAt: string;
    };
    SlaPolicyDoc: {
      name: string;
      /** @default false */
      isDefault: boolean;
      /** @description A business calendar of the workspace */
      calendarId: string;
      targets: {
        low: {
          firstResponseMinutes: number;
          resolutionMinutes: number;
        };
        medium: {
          firstResponseMinutes: number;
          resolutionMinutes: number;
        };
        high: {
          firstResponseMinutes: number;
          resolutionMinutes: number;
        };
        critical: {
          firstResponseMinutes: number;
          resolutionMinutes: number;
        };
      };
      /** @default [] */
      journeys: string[];
      /** @default [] */
      departments: string[];
    };
    Department: {
      /** @description The department's key: the touchpoints' owner */
      name: string;
      /** @description Display names from the journey pack that defines it; null for your own */
      names: {
        'zh-CN': string;
        en: string;
      } | null;
      journeys: string[];
      touchpoints: number;
      teamLead: {
        userId: string;
        name: string;
        email: string;
      } | null;
      head: {
        userId: string;
        name: string;
        email: string;
      } | null;
    };
    DepartmentContactsDoc: {
      /** @description Escalated to when a first response is overdue */
      teamLeadUserId: string | null;
      /** @description Escalated to when a resolution is overdue */
      headUserId: string | null;
    };
    AlertRule: {
      name: string;
      /** @default true */
      enabled: boolean;
      /** @enum {string} */
      severity: 'low' | 'medium' | 'high' | 'critical';
      /** @default true */
      opensCase: boolean;
      /** @default {} */
      scope: {
        journey?: string;
        touchpoint?: string;
        segment?: {
          [key: string]: string | number | boolean;
        };
      };
      condition:
        | {
            /** @enum {string} */
            kind: 'floor_breach';
            measure?: string;
          }
        | {
            /** @enum {string} */
            kind: 'bottom_rating';
          }
        | {
            /** @enum {string} */
            kind: 'nps_detractor';
            /** @default 6 */
            max: number;
          }
        | {
            /** @enum {string} */
            kind: 'low_score';
            /** @enum {string} */
            score: 'rating' | 'overall';
            max: number;
          }
        | {
            /** @enum {string} */
            kind: 'negative_comment';
            /** @default -0.5 */
            maxSentiment: number;
            /** @default 0.7 */
            minConfidence: number;
          }
        | {
            /** @enum {string} */
            kind: 'repeat_contact';
            /** @default 3 */
            count: number;
            /** @default 7 */
            days: number;
            /**
             * @default episodes
             * @enum {string}
             */
            of: 'episodes' | 'moments';
          }
        | {
            /** @enum {string} */
            kind: 'systemic';
            breachRate: number;
            /** @default 24 */
            windowHours: number;
            /** @default 30 */
            minVolume: number;
          };
      key: string;
      id: number;
      /** @description The pack that installed the rule (`pack:<key>`), or null */
      origin: string | null;
      createdAt: string;
      updatedAt: string;
    };
    CaseSummary: {
      id: number;
      title: string;
      /** @enum {string} */
      state:
        'new' | 'acknowledged' | 'in_progress' | 'awaiting_callback' | 'resolved' | 'closed' | 'reopened';
      /** @enum {string} */
      severity: 'low' | 'medium' | 'high' | 'critical';
      department: string | null;
      assignee: {
        userId: string;
        name: string;
        email: string;
      } | null;
      customer: string;
      episode: string;
      journey: {
        key: string;
        name: string;
      };
      touchpoint: {
        key: string;
        name: string;
      };
      openedAt: string;
      firstResponseAt: string | null;
      resolvedAt: string | null;
      closedAt: string | null;
      firstResponseDueAt: string | null;
      resolutionDueAt: string | null;
      overdue: boolean;
      reopenedCount: number;
      rootCause: string | null;
      resolution: string | null;
      alerts: number;
      updatedAt: string;
    };
    CaseAssignees: {
      assignees: {
        userId: string;
        name: string;
        email: string;
        department: string | null;
      }[];
    };
    CaseDetail: {
      case: components['schemas']['CaseSummary'];
      customer: {
        externalId: string;
        attributes: {
          [key: string]: unknown;
        };
      };
      events: {
        id: number;
        at: string;
        /** @description A user id, an API key id, or `system` */
        actor: string;
        actorName: string | null;
        /** @description `opened`, `alert` (a later trigger joined), `transition`, `note`, `assigned`, and the SLA and callback events */
        kind: string;
        note: string | null;
        data: {
          [key: string]: unknown;
        };
      }[];
      alerts: {
        id: number;
        rule: string;
        kind: string;
        severity: string;
        source: string;
        occurredAt: string;
        momentId: number | null;
        details: {
          [key: string]: unknown;
        };
      }[];
      moments: {
        id: number;
        eventId: string;
        occurredAt: string;
        touchpoint: string;
        measures: {
          [key: string]: number;
        };
        rating: number | null;
        comment: string | null;
        sentiment: components['schemas']['MomentSentiment'];
        experience: number | null;
        attributes: {
          [key: string]: unknown;
        } | null;
        breaches: {
          kind: string;
          measure: string | null;
          value: number;
          floor: number;
        }[];
      }[];
      /** @description Root-cause categories to offer: the touchpoint's themes, then `other` */
      rootCauses: {
        key: string;
        names: {
          'zh-CN': string;
          en: string;
        };
      }[];
    };
    Callback: {
      id: number;
      caseId: number | null;
      customer: string;
      episode: string;
      journey: {
        key: string;
        name: string;
        names: {
          [key: string]: string;
        } | null;
      };
      touchpoint: {
        key: string;
        name: string;
        names: {
          [key: string]: string;
        } | null;
      };
      assignee: string | null;
      /** @enum {string} */
      state: 'planned' | 'due' | 'done' | 'failed' | 'cancelled';
      attempts: number;
      maxAttempts: number;
      nextAttemptAt: string | null;
      reached: boolean | null;
      solved: boolean | null;
      satisfaction: number | null;
      note: string | null;
      createdAt: string;
      doneAt: string | null;
    };
    CallbackDetail: components['schemas']['Callback'] & {
      /** @enum {string} */
      language: 'zh-CN' | 'en';
      script: components['schemas']['CallbackScript'];
      attemptLog: {
        attempt: number;
        at: string;
        reached: boolean;
        solved: boolean | null;
        satisfaction: number | null;
        note: string | null;
        recordedBy: string | null;
      }[];
      case: {
        id: number;
        title: string;
        state: string;
        severity: string;
        resolution: string | null;
      } | null;
    };
    CallbackScript: {
      greeting: string;
      /** @description Why the call, for a routine callback or a survey */
      opening?: string;
      /** @description For a recovery, or a routine callback after a breach */
      apology?: string;
      /** @description What was done (a recovery) */
      action?: string;
      solvedQuestion?: string;
      satisfactionQuestion?: string;
      closing: string;
    };
    RecoveryReport: {
      from: string;
      to: string;
      total: components['schemas']['RecoveryFigures'];
      touchpoints: {
        journey: string;
        touchpoint: string;
        name: string;
        names: {
          [key: string]: string;
        } | null;
        department: string | null;
        figures: components['schemas']['RecoveryFigures'];
        paradox: components['schemas']['RecoveryParadox'];
      }[];
      departments: {
        department: string | null;
        figures: components['schemas']['RecoveryFigures'];
      }[];
    };
    RecoveryFigures: {
      opened: number;
      firstResponse: components['schemas']['Share'];
      resolution: components['schemas']['Share'] & unknown;
      medianFirstResponseMinutes: number | null;
      medianResolutionHours: number | null;
      callbacksReached: number;
      recoveryRate: components['schemas']['Share'] & unknown;
      recontact: components['schemas']['Share'] & unknown;
    };
    /** @description First-response SLA met, of the cases whose target is decided */
    Share: {
      count: number;
      of: number;
      interval: {
        estimate: number;
        lower: number;
        upper: number;
      } | null;
    };
    RecoveryParadox: {
      recovered: {
        n: number;
        mean: number;
        sd: number;
        topBox: number;
      };
      neverBreached: {
        n: number;
        mean: number;
        sd: number;
        topBox: number;
      };
      /** @description Recovered minus never breached, Welch 95% interval */
      meanDifference: {
        estimate: number;
        se: number;
        df: number;
        t: number;
        p: number;
        lower: number;
        upper: number;
      } | null;
      /** @description Top-box (5 of 5) share difference, Newcombe hybrid score 95% interval */
      topBoxDifference: {
        estimate: number;
        lower: number;
        upper: number;
      } | null;
    };
    Initiative: {
      id: string;
      name: string;
      /** @enum {string} */
      kind: 'new_standard' | 'training' | 'process_change' | 'new_script' | 'other';
      description: string | null;
      ownerUserId: string | null;
      ownerName: string | null;
      /** @description Who owns it, to show: the member’s name (or e-mail), or the name written */
      ownerDisplay: string;
      journey: string;
      touchpoints: string[];
      segment: {
        [key: string]: string[];
      };
      startDate: string;
      endDate: string | null;
      expectedEffect: components['schemas']['ExpectedEffect'];
      comparison: components['schemas']['ComparisonChoice'];
      createdBy: string;
      updatedBy: string;
      createdAt: string;
      updatedAt: string;
    };
    ExpectedEffect: {
      metric: components['schemas']['EvaluationMetric'];
      /** @enum {string} */
      direction: 'increase' | 'decrease';
      /**
       * @description In the measure’s unit; percentage points for breach rate and churn
       * @default null
       */
      size: number | null;
    } | null;
    /**
     * @description experience (mean experience value -1..+1), rating (mean rating), breach_rate (share of moments with a tolerance-floor breach), nps, overall (mean overall satisfaction) and churn (share churned) of the episodes passing the touchpoints
     * @enum {string}
     */
    EvaluationMetric: 'experience' | 'rating' | 'breach_rate' | 'nps' | 'overall' | 'churn';
    /** @description What the initiative is compared with: `suggested` (touchpoints of similar volume and pre-period level, chosen at each evaluation), touchpoints the user picked, or the same touchpoints in another segment */
    ComparisonChoice:
      | {
          /** @enum {string} */
          kind: 'suggested';
        }
      | {
          /** @enum {string} */
          kind: 'touchpoints';
          touchpoints: components['schemas']['TouchpointRef'][];
        }
      | {
          /** @enum {string} */
          kind: 'segment';
          segment: components['schemas']['Segment'];
        };
    /** @description A touchpoint of a journey of the workspace */
    TouchpointRef: {
      journey: string;
      touchpoint: string;
    };
    /** @description Customer attributes (as on the customer or on the moment) and the values accepted for each, compared as text: `{"region": ["east"], "store": ["S01", "S02"]}` */
    Segment: {
      [key: string]: string[];
    };
    InitiativeDoc: {
      name: string;
      /** @enum {string} */
      kind: 'new_standard' | 'training' | 'process_change' | 'new_script' | 'other';
      /** @default null */
      description: string | null;
      /**
       * @description The owner, a member of the workspace; or give `ownerName`
       * @default null
       */
      ownerUserId: string | null;
      /**
       * @description The owner, by name
       * @default null
       */
      ownerName: string | null;
      journey: string;
      /** @description Touchpoints of the journey it changed */
      touchpoints: string[];
      segment?: components['schemas']['Segment'];
      /**
       * Format: date
       * @description The first day it applied, in the workspace’s time zone
       */
      startDate: string;
      /**
       * Format: date
       * @description The last day it applied, if it stopped
       * @default null
       */
      endDate: string | null;
      expectedEffect?: components['schemas']['ExpectedEffect'];
      comparison?: components['schemas']['ComparisonChoice'];
    };
    InitiativeEvaluation: {
      initiative: {
        id: string;
        name: string;
        journey: string;
        touchpoints: string[];
        startDate: string;
        endDate: string | null;
      };
      metric: components['schemas']['EvaluationMetric'];
      placebo: boolean;
      window: {
        /** @description Week 0 starts here: the start date’s midnight in `timeZone` */
        start: string;
        from: string;
        to: string;
        placeboStart: string | null;
        timeZone: string;
      };
      comparison: {
        /** @enum {string} */
        kind: 'none' | 'touchpoints' | 'segment';
        suggested: boolean;
        touchpoints: (components['schemas']['TouchpointRef'] & {
          name: string;
          names: {
            [key: string]: string;
          } | null;
          distance: number | null;
        })[];
        segment: {
          [key: string]: string[];
        } | null;
      };
      evaluation: components['schemas']['InitiativeEvaluationResult'];
    };
    /** @description Estimates on the metric’s own scale: rates and NPS as fractions (x100 for percentage points / NPS points) */
    InitiativeEvaluationResult: {
      /** @enum {string} */
      kind: 'mean' | 'rate' | 'nps';
      confidence: number;
      window: {
        weeksBefore: number;
        weeksAfter: number;
        placeboStartWeek: number | null;
      };
      counts: {
        rows: number;
        ignoredRows: number;
        observations: number;
        clusters: number;
        treatedClusters: number;
        comparisonClusters: number;
      };
      beforeAfter: {
        /** @enum {string} */
        method: 'welch' | 'newcombe' | 'nps_wald';
        before: {
          n: number;
          clusters: number;
          mean: number;
        };
        after: {
          n: number;
          clusters: number;
          mean: number;
        };
        difference: {
          estimate: number;
          lower: number;
          upper: number;
          p: number;
        };
        /** @description An estimate with its customer-clustered (CR1) standard error, t test on clusters - 1 df */
        clustered: {
          estimate: number;
          se: number;
          df: number;
          t: number;
          p: number;
          lower: number;
          upper: number;
          clusters: number;
        } | null;
      } | null;
      did: {
        /** @description An estimate with its customer-clustered (CR1) standard error, t test on clusters - 1 df */
        estimate: {
          estimate: number;
          se: number;
          df: number;
          t: number;
          p: number;
          lower: number;
          upper: number;
          clusters: number;
        };
        /** @description An estimate with its customer-clustered (CR1) standard error, t test on clusters - 1 df */
        comparisonChange: {
          estimate: number;
          se: number;
          df: number;
          t: number;
          p: number;
          lower: number;
          upper: number;
          clusters: number;
        };
        cells: {
          treatedBefore: {
            n: number;
            clusters: number;
            mean: number;
          };
          treatedAfter: {
            n: number;
            clusters: number;
            mean: number;
          };
          comparisonBefore: {
            n: number;
            clusters: number;
            mean: number;
          };
          comparisonAfter: {
            n: number;
            clusters: number;
            mean: number;
          };
        };
      } | null;
      eventStudy: {
        /** @enum {number} */
        referenceWeek: -1;
        /** @enum {string} */
        versus: 'comparison' | 'reference_week';
        weeks: {
          week: number;
          estimate: number | null;
          se: number | null;
          lower: number | null;
          upper: number | null;
          treated: {
            n: number;
            clusters: number;
            mean: number;
          } | null;
          comparison: {
            n: number;
            clusters: number;
            mean: number;
          } | null;
        }[];
      };
      parallelTrends: {
        preWeeks: number;
        /** @description An estimate with its customer-clustered (CR1) standard error, t test on clusters - 1 df */
        slopeDifference: {
          estimate: number;
          se: number;
          df: number;
          t: number;
          p: number;
          lower: number;
          upper: number;
          clusters: number;
        } | null;
        joint: {
          f: number;
          df1: number;
          df2: number;
          p: number;
        } | null;
        differs: boolean;
      } | null;
      verdict: {
        /** @enum {string} */
        code:
          'improved' | 'worsened' | 'no_detectable_change' | 'moved_with_comparison' | 'insufficient_data';
        /** @enum {string|null} */
        basis: 'difference_in_differences' | 'before_after' | null;
        estimate: number | null;
        lower: number | null;
        upper: number | null;
        p: number | null;
        confidence: number;
        /** @enum {string} */
        direction: 'up' | 'down' | 'none';
        higherIsBetter: boolean;
      };
      cautions: (
        | 'no_comparison'
        | 'pre_trend_differs'
        | 'pre_trend_untestable'
        | 'few_clusters'
        | 'small_sample'
        | 'window_short'
        | 'comparison_changed_too'
      )[];
    };
    Survey: {
      key: string;
      name: string;
      journey: string | null;
      /** @enum {string|null} */
      template:
        | 'post_contact_csat'
        | 'post_repair_nps'
        | 'episode_overall'
        | 'ces'
        | 'five_c'
        | 'kano'
        | 'servqual'
        | null;
      /** @enum {string} */
      status: 'draft' | 'active' | 'archived';
      /** @description The current version */
      version: number;
      questions: number;
      createdBy: string;
      updatedBy: string;
      createdAt: string;
      updatedAt: string;
    };
    SurveyDetail: {
      key: string;
      name: string;
      journey: string | null;
      /** @enum {string|null} */
      template:
        | 'post_contact_csat'
        | 'post_repair_nps'
        | 'episode_overall'
        | 'ces'
        | 'five_c'
        | 'kano'
        | 'servqual'
        | null;
      /** @enum {string} */
      status: 'draft' | 'active' | 'archived';
      /** @description The current version */
      version: number;
      questions: number;
      createdBy: string;
      updatedBy: string;
      createdAt: string;
      updatedAt: string;
      definition: components['schemas']['SurveyDefinition'];
      shownVersion: number;
      versions: {
        version: number;
        createdBy: string;
        createdAt: string;
      }[];
    };
    /** @description SurveyJS JSON: `pages` of `elements` (questions), texts by SurveyJS locale, `mot` bindings */
    SurveyDefinition: {
      [key: string]: unknown;
    };
    SurveyCreate: {
      /** @description Default: the imported file’s `mot.key` */
      key?: string;
      /** @description Default: the imported file’s `mot.name` */
      name?: string;
      /** @description The journey the survey asks about (needed when it rates touchpoints or uses a template that does) */
      journey?: string | null;
      /**
       * @description `draft` (not sent yet), `active` (sent by its distribution rules) or `archived` (no longer sent)
       * @default draft
       * @enum {string}
       */
      status: 'draft' | 'active' | 'archived';
      /** @description SurveyJS JSON; questions bound to the MOT model by their `mot` property */
      definition?: {
        title?:
          | string
          | {
              [key: string]: string;
            };
        description?:
          | string
          | {
              [key: string]: string;
            };
        pages: ({
          name: string;
          title?:
            | string
            | {
                [key: string]: string;
              };
          visibleIf?: string;
          elements: (
            | ({
                /** @enum {string} */
                type: 'rating';
                name: string;
                title?:
                  | string
                  | {
                      [key: string]: string;
                    };
                description?:
                  | string
                  | {
                      [key: string]: string;
                    };
                isRequired?: boolean;
                visibleIf?: string;
                enableIf?: string;
                requiredIf?: string;
                mot?:
                  | {
                      /** @enum {string} */
                      role: 'touchpoint_rating';
                      touchpoint: string;
                    }
                  | {
                      /** @enum {string} */
                      role: 'touchpoint_comment';
                      touchpoint: string;
                    }
                  | {
                      /** @enum {string} */
                      role: 'overall';
                    }
                  | {
                      /** @enum {string} */
                      role: 'nps';
                    }
                  | {
                      /** @enum {string} */
                      role: 'churn_intent';
                    }
                  | {
                      /** @enum {string} */
                      role: 'csat';
                    }
                  | {
                      /** @enum {string} */
                      role: 'ces';
                    }
                  | {
                      /** @enum {string} */
                      role: 'comment';
                    };
                rateMin?: number;
                rateMax?: number;
                rateValues?: (
                  | string
                  | number
                  | ({
                      value: string | number;
                      text?:
                        | string
                        | {
                            [key: string]: string;
                          };
                    } & {
                      [key: string]: unknown;
                    })
                )[];
                minRateDescription?:
                  | string
                  | {
                      [key: string]: string;
                    };
                maxRateDescription?:
                  | string
                  | {
                      [key: string]: string;
                    };
              } & {
                [key: string]: unknown;
              })
            | ({
                /** @enum {string} */
                type: 'radiogroup';
                name: string;
                title?:
                  | string
                  | {
                      [key: string]: string;
                    };
                description?:
                  | string
                  | {
                      [key: string]: string;
                    };
                isRequired?: boolean;
                visibleIf?: string;
                enableIf?: string;
                requiredIf?: string;
                mot?:
                  | {
                      /** @enum {string} */
                      role: 'touchpoint_rating';
                      touchpoint: string;
                    }
                  | {
                      /** @enum {string} */
                      role: 'touchpoint_comment';
                      touchpoint: string;
                    }
                  | {
                      /** @enum {string} */
                      role: 'overall';
                    }
                  | {
                      /** @enum {string} */
                      role: 'nps';
                    }
                  | {
                      /** @enum {string} */
                      role: 'churn_intent';
                    }
                  | {
                      /** @enum {string} */
                      role: 'csat';
                    }
                  | {
                      /** @enum {string} */
                      role: 'ces';
                    }
                  | {
                      /** @enum {string} */
                      role: 'comment';
                    };
                choices: (
                  | string
                  | number
                  | ({
                      value: string | number;
                      text?:
                        | string
                        | {
                            [key: string]: string;
                          };
                    } & {
                      [key: string]: unknown;
                    })
                )[];
              } & {
                [key: string]: unknown;
              })
            | ({
                /** @enum {string} */
                type: 'checkbox';
                name: string;
                title?:
                  | string
                  | {
                      [key: string]: string;
                    };
                description?:
                  | string
                  | {
                      [key: string]: string;
                    };
                isRequired?: boolean;
                visibleIf?: string;
                enableIf?: string;
                requiredIf?: string;
                mot?:
                  | {
                      /** @enum {string} */
                      role: 'touchpoint_rating';
                      touchpoint: string;
                    }
                  | {
                      /** @enum {string} */
                      role: 'touchpoint_comment';
                      touchpoint: string;
                    }
                  | {
                      /** @enum {string} */
                      role: 'overall';
                    }
                  | {
                      /** @enum {string} */
                      role: 'nps';
                    }
                  | {
                      /** @enum {string} */
                      role: 'churn_intent';
                    }
                  | {
                      /** @enum {string} */
                      role: 'csat';
                    }
                  | {
                      /** @enum {string} */
                      role: 'ces';
                    }
                  | {
                      /** @enum {string} */
                      role: 'comment';
                    };
                choices: (
                  | string
                  | number
                  | ({
                      value: string | number;
                      text?:
                        | string
                        | {
                            [key: string]: string;
                          };
                    } & {
                      [key: string]: unknown;
                    })
                )[];
              } & {
                [key: string]: unknown;
              })
            | ({
                /** @enum {string} */
                type: 'dropdown';
                name: string;
                title?:
                  | string
                  | {
                      [key: string]: string;
                    };
                description?:
                  | string
                  | {
                      [key: string]: string;
                    };
                isRequired?: boolean;
                visibleIf?: string;
                enableIf?: string;
                requiredIf?: string;
                mot?:
                  | {
                      /** @enum {string} */
                      role: 'touchpoint_rating';
                      touchpoint: string;
                    }
                  | {
                      /** @enum {string} */
                      role: 'touchpoint_comment';
                      touchpoint: string;
                    }
                  | {
                      /** @enum {string} */
                      role: 'overall';
                    }
                  | {
                      /** @enum {string} */
                      role: 'nps';
                    }
                  | {
                      /** @enum {string} */
                      role: 'churn_intent';
                    }
                  | {
                      /** @enum {string} */
                      role: 'csat';
                    }
                  | {
                      /** @enum {string} */
                      role: 'ces';
                    }
                  | {
                      /** @enum {string} */
                      role: 'comment';
                    };
                choices: (
                  | string
                  | number
                  | ({
                      value: string | number;
                      text?:
                        | string
                        | {
                            [key: string]: string;
                          };
                    } & {
                      [key: string]: unknown;
                    })
                )[];
              } & {
                [key: string]: unknown;
              })
            | ({
                /** @enum {string} */
                type: 'boolean';
                name: string;
                title?:
                  | string
                  | {
                      [key: string]: string;
                    };
                description?:
                  | string
                  | {
                      [key: string]: string;
                    };
                isRequired?: boolean;
                visibleIf?: string;
                enableIf?: string;
                requiredIf?: string;
                mot?:
                  | {
                      /** @enum {string} */
                      role: 'touchpoint_rating';
                      touchpoint: string;
                    }
                  | {
                      /** @enum {string} */
                      role: 'touchpoint_comment';
                      touchpoint: string;
                    }
                  | {
                      /** @enum {string} */
                      role: 'overall';
                    }
                  | {
                      /** @enum {string} */
                      role: 'nps';
                    }
                  | {
                      /** @enum {string} */
                      role: 'churn_intent';
                    }
                  | {
                      /** @enum {string} */
                      role: 'csat';
                    }
                  | {
                      /** @enum {string} */
                      role: 'ces';
                    }
                  | {
                      /** @enum {string} */
                      role: 'comment';
                    };
              } & {
                [key: string]: unknown;
              })
            | ({
                /** @enum {string} */
                type: 'text';
                name: string;
                title?:
                  | string
                  | {
                      [key: string]: string;
                    };
                description?:
                  | string
                  | {
                      [key: string]: string;
                    };
                isRequired?: boolean;
                visibleIf?: string;
                enableIf?: string;
                requiredIf?: string;
                mot?:
                  | {
                      /** @enum {string} */
                      role: 'touchpoint_rating';
                      touchpoint: string;
                    }
                  | {
                      /** @enum {string} */
                      role: 'touchpoint_comment';
                      touchpoint: string;
                    }
                  | {
                      /** @enum {string} */
                      role: 'overall';
                    }
                  | {
                      /** @enum {string} */
                      role: 'nps';
                    }
                  | {
                      /** @enum {string} */
                      role: 'churn_intent';
                    }
                  | {
                      /** @enum {string} */
                      role: 'csat';
                    }
                  | {
                      /** @enum {string} */
                      role: 'ces';
                    }
                  | {
                      /** @enum {string} */
                      role: 'comment';
                    };
                maxLength?: number;
              } & {
                [key: string]: unknown;
              })
            | ({
                /** @enum {string} */
                type: 'comment';
                name: string;
                title?:
                  | string
                  | {
                      [key: string]: string;
                    };
                description?:
                  | string
                  | {
                      [key: string]: string;
                    };
                isRequired?: boolean;
                visibleIf?: string;
                enableIf?: string;
                requiredIf?: string;
                mot?:
                  | {
                      /** @enum {string} */
                      role: 'touchpoint_rating';
                      touchpoint: string;
                    }
                  | {
                      /** @enum {string} */
                      role: 'touchpoint_comment';
                      touchpoint: string;
                    }
                  | {
                      /** @enum {string} */
                      role: 'overall';
                    }
                  | {
                      /** @enum {string} */
                      role: 'nps';
                    }
                  | {
                      /** @enum {string} */
                      role: 'churn_intent';
                    }
                  | {
                      /** @enum {string} */
                      role: 'csat';
                    }
                  | {
                      /** @enum {string} */
                      role: 'ces';
                    }
                  | {
                      /** @enum {string} */
                      role: 'comment';
                    };
                maxLength?: number;
              } & {
                [key: string]: unknown;
              })
            | ({
                /** @enum {string} */
                type: 'matrix';
                name: string;
                title?:
                  | string
                  | {
                      [key: string]: string;
                    };
                description?:
                  | string
                  | {
                      [key: string]: string;
                    };
                isRequired?: boolean;
                visibleIf?: string;
                enableIf?: string;
                requiredIf?: string;
                mot?:
                  | {
                      /** @enum {string} */
                      role: 'touchpoint_rating';
                      touchpoint: string;
                    }
                  | {
                      /** @enum {string} */
                      role: 'touchpoint_comment';
                      touchpoint: string;
                    }
                  | {
                      /** @enum {string} */
                      role: 'overall';
                    }
                  | {
                      /** @enum {string} */
                      role: 'nps';
                    }
                  | {
                      /** @enum {string} */
                      role: 'churn_intent';
                    }
                  | {
                      /** @enum {string} */
                      role: 'csat';
                    }
                  | {
                      /** @enum {string} */
                      role: 'ces';
                    }
                  | {
                      /** @enum {string} */
                      role: 'comment';
                    };
                columns: (
                  | string
                  | number
                  | ({
                      value: string | number;
                      text?:
                        | string
                        | {
                            [key: string]: string;
                          };
                    } & {
                      [key: string]: unknown;
                    })
                )[];
                rows: (
                  | string
                  | number
                  | ({
                      value: string | number;
                      text?:
                        | string
                        | {
                            [key: string]: string;
                          };
                    } & {
                      [key: string]: unknown;
                    })
                )[];
              } & {
                [key: string]: unknown;
              })
            | ({
                /** @enum {string} */
                type: 'html';
                name: string;
                html:
                  | string
                  | {
                      [key: string]: string;
                    };
                visibleIf?: string;
              } & {
                [key: string]: unknown;
              })
          )[];
        } & {
          [key: string]: unknown;
        })[];
      } & {
        [key: string]: unknown;
      };
      template?: {
        /** @enum {string} */
        template:
          | 'post_contact_csat'
          | 'post_repair_nps'
          | 'episode_overall'
          | 'ces'
          | 'five_c'
          | 'kano'
          | 'servqual';
        touchpoint?: string;
        features?: {
          key: string;
          name: string;
          names?: {
            'zh-CN'?: string;
            en?: string;
          };
          functional?: {
            'zh-CN'?: string;
            en?: string;
          };
          dysfunctional?: {
            'zh-CN'?: string;
            en?: string;
          };
        }[];
      };
    };
    SurveyPatch: {
      name?: string;
      journey?: string | null;
      /**
       * @description `draft` (not sent yet), `active` (sent by its distribution rules) or `archived` (no longer sent)
       * @enum {string}
       */
      status?: 'draft' | 'active' | 'archived';
      definition?: {
        title?:
          | string
          | {
              [key: string]: string;
            };
        description?:
          | string
          | {
              [key: string]: string;
            };
        pages: ({
          name: string;
          title?:
            | string
            | {
                [key: string]: string;
              };
          visibleIf?: string;
          elements: (
            | ({
                /** @enum {string} */
                type: 'rating';
                name: string;
                title?:
                  | string
                  | {
                      [key: string]: string;
                    };
                description?:
                  | string
                  | {
                      [key: string]: string;
                    };
                isRequired?: boolean;
                visibleIf?: string;
                enableIf?: string;
                requiredIf?: string;
                mot?:
                  | {
                      /** @enum {string} */
                      role: 'touchpoint_rating';
                      touchpoint: string;
                    }
                  | {
                      /** @enum {string} */
                      role: 'touchpoint_comment';
                      touchpoint: string;
                    }
                  | {
                      /** @enum {string} */
                      role: 'overall';
                    }
                  | {
                      /** @enum {string} */
                      role: 'nps';
                    }
                  | {
                      /** @enum {string} */
                      role: 'churn_intent';
                    }
                  | {
                      /** @enum {string} */
                      role: 'csat';
                    }
                  | {
                      /** @enum {string} */
                      role: 'ces';
                    }
                  | {
                      /** @enum {string} */
                      role: 'comment';
                    };
                rateMin?: number;
                rateMax?: number;
                rateValues?: (
                  | string
                  | number
                  | ({
                      value: string | number;
                      text?:
                        | string
                        | {
                            [key: string]: string;
                          };
                    } & {
                      [key: string]: unknown;
                    })
                )[];
                minRateDescription?:
                  | string
                  | {
                      [key: string]: string;
                    };
                maxRateDescription?:
                  | string
                  | {
                      [key: string]: string;
                    };
              } & {
                [key: string]: unknown;
              })
            | ({
                /** @enum {string} */
                type: 'radiogroup';
                name: string;
                title?:
                  | string
                  | {
                      [key: string]: string;
                    };
                description?:
                  | string
                  | {
                      [key: string]: string;
                    };
                isRequired?: boolean;
                visibleIf?: string;
                enableIf?: string;
                requiredIf?: string;
                mot?:
                  | {
                      /** @enum {string} */
                      role: 'touchpoint_rating';
                      touchpoint: string;
                    }
                  | {
                      /** @enum {string} */
                      role: 'touchpoint_comment';
                      touchpoint: string;
                    }
                  | {
                      /** @enum {string} */
                      role: 'overall';
                    }
                  | {
                      /** @enum {string} */
                      role: 'nps';
                    }
                  | {
                      /** @enum {string} */
                      role: 'churn_intent';
                    }
                  | {
                      /** @enum {string} */
                      role: 'csat';
                    }
                  | {
                      /** @enum {string} */
                      role: 'ces';
                    }
                  | {
                      /** @enum {string} */
                      role: 'comment';
                    };
                choices: (
                  | string
                  | number
                  | ({
                      value: string | number;
                      text?:
                        | string
                        | {
                            [key: string]: string;
                          };
                    } & {
                      [key: string]: unknown;
                    })
                )[];
              } & {
                [key: string]: unknown;
              })
            | ({
                /** @enum {string} */
                type: 'checkbox';
                name: string;
                title?:
                  | string
                  | {
                      [key: string]: string;
                    };
                description?:
                  | string
                  | {
                      [key: string]: string;
                    };
                isRequired?: boolean;
                visibleIf?: string;
                enableIf?: string;
                requiredIf?: string;
                mot?:
                  | {
                      /** @enum {string} */
                      role: 'touchpoint_rating';
                      touchpoint: string;
                    }
                  | {
                      /** @enum {string} */
                      role: 'touchpoint_comment';
                      touchpoint: string;
                    }
                  | {
                      /** @enum {string} */
                      role: 'overall';
                    }
                  | {
                      /** @enum {string} */
                      role: 'nps';
                    }
                  | {
                      /** @enum {string} */
                      role: 'churn_intent';
                    }
                  | {
                      /** @enum {string} */
                      role: 'csat';
                    }
                  | {
                      /** @enum {string} */
                      role: 'ces';
                    }
                  | {
                      /** @enum {string} */
                      role: 'comment';
                    };
                choices: (
                  | string
                  | number
                  | ({
                      value: string | number;
                      text?:
                        | string
                        | {
                            [key: string]: string;
                          };
                    } & {
                      [key: string]: unknown;
                    })
                )[];
              } & {
                [key: string]: unknown;
              })
            | ({
                /** @enum {string} */
                type: 'dropdown';
                name: string;
                title?:
                  | string
                  | {
                      [key: string]: string;
                    };
                description?:
                  | string
                  | {
                      [key: string]: string;
                    };
                isRequired?: boolean;
                visibleIf?: string;
                enableIf?: string;
                requiredIf?: string;
                mot?:
                  | {
                      /** @enum {string} */
                      role: 'touchpoint_rating';
                      touchpoint: string;
                    }
                  | {
                      /** @enum {string} */
                      role: 'touchpoint_comment';
                      touchpoint: string;
                    }
                  | {
                      /** @enum {string} */
                      role: 'overall';
                    }
                  | {
                      /** @enum {string} */
                      role: 'nps';
                    }
                  | {
                      /** @enum {string} */
                      role: 'churn_intent';
                    }
                  | {
                      /** @enum {string} */
                      role: 'csat';
                    }
                  | {
                      /** @enum {string} */
                      role: 'ces';
                    }
                  | {
                      /** @enum {string} */
                      role: 'comment';
                    };
                choices: (
                  | string
                  | number
                  | ({
                      value: string | number;
                      text?:
                        | string
                        | {
                            [key: string]: string;
                          };
                    } & {
                      [key: string]: unknown;
                    })
                )[];
              } & {
                [key: string]: unknown;
              })
            | ({
                /** @enum {string} */
                type: 'boolean';
                name: string;
                title?:
                  | string
                  | {
                      [key: string]: string;
                    };
                description?:
                  | string
                  | {
                      [key: string]: string;
                    };
                isRequired?: boolean;
                visibleIf?: string;
                enableIf?: string;
                requiredIf?: string;
                mot?:
                  | {
                      /** @enum {string} */
                      role: 'touchpoint_rating';
                      touchpoint: string;
                    }
                  | {
                      /** @enum {string} */
                      role: 'touchpoint_comment';
                      touchpoint: string;
                    }
                  | {
                      /** @enum {string} */
                      role: 'overall';
                    }
                  | {
                      /** @enum {string} */
                      role: 'nps';
                    }
                  | {
                      /** @enum {string} */
                      role: 'churn_intent';
                    }
                  | {
                      /** @enum {string} */
                      role: 'csat';
                    }
                  | {
                      /** @enum {string} */
                      role: 'ces';
                    }
                  | {
                      /** @enum {string} */
                      role: 'comment';
                    };
              } & {
                [key: string]: unknown;
              })
            | ({
                /** @enum {string} */
                type: 'text';
                name: string;
                title?:
                  | string
                  | {
                      [key: string]: string;
                    };
                description?:
                  | string
                  | {
                      [key: string]: string;
                    };
                isRequired?: boolean;
                visibleIf?: string;
                enableIf?: string;
                requiredIf?: string;
                mot?:
                  | {
                      /** @enum {string} */
                      role: 'touchpoint_rating';
                      touchpoint: string;
                    }
                  | {
                      /** @enum {string} */
                      role: 'touchpoint_comment';
                      touchpoint: string;
                    }
                  | {
                      /** @enum {string} */
                      role: 'overall';
                    }
                  | {
                      /** @enum {string} */
                      role: 'nps';
                    }
                  | {
                      /** @enum {string} */
                      role: 'churn_intent';
                    }
                  | {
                      /** @enum {string} */
                      role: 'csat';
                    }
                  | {
                      /** @enum {string} */
                      role: 'ces';
                    }
                  | {
                      /** @enum {string} */
                      role: 'comment';
                    };
                maxLength?: number;
              } & {
                [key: string]: unknown;
              })
            | ({
                /** @enum {string} */
                type: 'comment';
                name: string;
                title?:
                  | string
                  | {
                      [key: string]: string;
                    };
                description?:
                  | string
                  | {
                      [key: string]: string;
                    };
                isRequired?: boolean;
                visibleIf?: string;
                enableIf?: string;
                requiredIf?: string;
                mot?:
                  | {
                      /** @enum {string} */
                      role: 'touchpoint_rating';
                      touchpoint: string;
                    }
                  | {
                      /** @enum {string} */
                      role: 'touchpoint_comment';
                      touchpoint: string;
                    }
                  | {
                      /** @enum {string} */
                      role: 'overall';
                    }
                  | {
                      /** @enum {string} */
                      role: 'nps';
                    }
                  | {
                      /** @enum {string} */
                      role: 'churn_intent';
                    }
                  | {
                      /** @enum {string} */
                      role: 'csat';
                    }
                  | {
                      /** @enum {string} */
                      role: 'ces';
                    }
                  | {
                      /** @enum {string} */
                      role: 'comment';
                    };
                maxLength?: number;
              } & {
                [key: string]: unknown;
              })
            | ({
                /** @enum {string} */
                type: 'matrix';
                name: string;
                title?:
                  | string
                  | {
                      [key: string]: string;
                    };
                description?:
                  | string
                  | {
                      [key: string]: string;
                    };
                isRequired?: boolean;
                visibleIf?: string;
                enableIf?: string;
                requiredIf?: string;
                mot?:
                  | {
                      /** @enum {string} */
                      role: 'touchpoint_rating';
                      touchpoint: string;
                    }
                  | {
                      /** @enum {string} */
                      role: 'touchpoint_comment';
                      touchpoint: string;
                    }
                  | {
                      /** @enum {string} */
                      role: 'overall';
                    }
                  | {
                      /** @enum {string} */
                      role: 'nps';
                    }
                  | {
                      /** @enum {string} */
                      role: 'churn_intent';
                    }
                  | {
                      /** @enum {string} */
                      role: 'csat';
                    }
                  | {
                      /** @enum {string} */
                      role: 'ces';
                    }
                  | {
                      /** @enum {string} */
                      role: 'comment';
                    };
                columns: (
                  | string
                  | number
                  | ({
                      value: string | number;
                      text?:
                        | string
                        | {
                            [key: string]: string;
                          };
                    } & {
                      [key: string]: unknown;
                    })
                )[];
                rows: (
                  | string
                  | number
                  | ({
                      value: string | number;
                      text?:
                        | string
                        | {
                            [key: string]: string;
                          };
                    } & {
                      [key: string]: unknown;
                    })
                )[];
              } & {
                [key: string]: unknown;
              })
            | ({
                /** @enum {string} */
                type: 'html';
                name: string;
                html:
                  | string
                  | {
                      [key: string]: string;
                    };
                visibleIf?: string;
              } & {
                [key: string]: unknown;
              })
          )[];
        } & {
          [key: string]: unknown;
        })[];
      } & {
        [key: string]: unknown;
      };
    };
    DistributionRuleList: {
      rules: components['schemas']['DistributionRule'][];
    };
    DistributionRule: {
      id: string;
      key: string;
      name: string;
      survey: string;
      enabled: boolean;
      /** @description When it was switched on: it plans for triggers after */
      enabledAt: string | null;
      /** @description What starts an invitation */
      trigger:
        | {
            /** @enum {string} */
            kind: 'moment';
            journey: string;
            touchpoint: string;
          }
        | {
            /** @enum {string} */
            kind: 'episode_end';
            journey: string;
            idleHours: number;
          }
        | {
            /** @enum {string} */
            kind: 'case_closed';
            journey?: string;
          }
        | {
            /** @enum {string} */
            kind: 'schedule';
            journey: string;
            everyDays: number;
          };
      conditions: {
        attributes: {
          attribute: string;
          /** @enum {string} */
          op: 'eq' | 'ne' | 'in' | 'not_in' | 'exists';
          values: (string | number | boolean)[];
        }[];
        experience?: {
          min?: number;
          max?: number;
        };
      };
      sampling: number;
      delayMinutes: number;
      quietHours: {
        start: string;
        end: string;
      } | null;
      recontactDays: number;
      /** @enum {string} */
      channel: 'link' | 'sms' | 'wechat' | 'email' | 'phone';
      priority: number;
      reminderAfterHours: number | null;
      createdAt: string;
      updatedAt: string;
    };
    DistributionRuleInput: {
      key: string;
      name: string;
      /** @description The survey invited to (its key) */
      survey: string;
      /** @default false */
      enabled: boolean;
      /** @description What starts an invitation */
      trigger:
        | {
            /** @enum {string} */
            kind: 'moment';
            journey: string;
            touchpoint: string;
          }
        | {
            /** @enum {string} */
            kind: 'episode_end';
            journey: string;
            idleHours: number;
          }
        | {
            /** @enum {string} */
            kind: 'case_closed';
            journey?: string;
          }
        | {
            /** @enum {string} */
            kind: 'schedule';
            journey: string;
            everyDays: number;
          };
      /**
       * @description Conditions the trigger must meet
       * @default {
       *       "attributes": []
       *     }
       */
      conditions: {
        /** @default [] */
        attributes: {
          attribute: string;
          /** @enum {string} */
          op: 'eq' | 'ne' | 'in' | 'not_in' | 'exists';
          values: (string | number | boolean)[];
        }[];
        /** @description The moment's experience value range (both ends included); a trigger without one fails it */
        experience?: {
          min?: number;
          max?: number;
        };
      };
      /**
       * @description Share of the matching triggers invited, 0..1, decided by a hash (the same on every re-plan)
       * @default 1
       */
      sampling: number;
      /**
       * @description Minutes from the trigger to sending
       * @default 0
       */
      delayMinutes: number;
      /**
       * @description Local quiet hours in the workspace's time zone; may pass midnight (21:00 to 08:00)
       * @default {
       *       "start": "21:00",
       *       "end": "08:00"
       *     }
       */
      quietHours: {
        start: string;
        end: string;
      } | null;
      /**
       * @description Days before the same customer may get this survey again
       * @default 30
       */
      recontactDays: number;
      /**
       * @default link
       * @enum {string}
       */
      channel: 'link' | 'sms' | 'wechat' | 'email' | 'phone';
      /**
       * @description Higher wins when rules compete for a customer (a recovery check outranks a routine CSAT)
       * @default 50
       */
      priority: number;
      /**
       * @description One reminder this many hours after sending when not answered (not counted in the budget)
       * @default null
       */
      reminderAfterHours: number | null;
    };
    DistributionRuleReplace: {
      name: string;
      /** @description The survey invited to (its key) */
      survey: string;
      /** @default false */
      enabled: boolean;
      /** @description What starts an invitation */
      trigger:
        | {
            /** @enum {string} */
            kind: 'moment';
            journey: string;
            touchpoint: string;
          }
        | {
            /** @enum {string} */
            kind: 'episode_end';
            journey: string;
            idleHours: number;
          }
        | {
            /** @enum {string} */
            kind: 'case_closed';
            journey?: string;
          }
        | {
            /** @enum {string} */
            kind: 'schedule';
            journey: string;
            everyDays: number;
          };
      /**
       * @description Conditions the trigger must meet
       * @default {
       *       "attributes": []
       *     }
       */
      conditions: {
        /** @default [] */
        attributes: {
          attribute: string;
          /** @enum {string} */
          op: 'eq' | 'ne' | 'in' | 'not_in' | 'exists';
          values: (string | number | boolean)[];
        }[];
        /** @description The moment's experience value range (both ends included); a trigger without one fails it */
        experience?: {
          min?: number;
          max?: number;
        };
      };
      /**
       * @description Share of the matching triggers invited, 0..1, decided by a hash (the same on every re-plan)
       * @default 1
       */
      sampling: number;
      /**
       * @description Minutes from the trigger to sending
       * @default 0
       */
      delayMinutes: number;
      /**
       * @description Local quiet hours in the workspace's time zone; may pass midnight (21:00 to 08:00)
       * @default {
       *       "start": "21:00",
       *       "end": "08:00"
       *     }
       */
      quietHours: {
        start: string;
        end: string;
      } | null;
      /**
       * @description Days before the same customer may get this survey again
       * @default 30
       */
      recontactDays: number;
      /**
       * @default link
       * @enum {string}
       */
      channel: 'link' | 'sms' | 'wechat' | 'email' | 'phone';
      /**
       * @description Higher wins when rules compete for a customer (a recovery check outranks a routine CSAT)
       * @default 50
       */
      priority: number;
      /**
       * @description One reminder this many hours after sending when not answered (not counted in the budget)
       * @default null
       */
      reminderAfterHours: number | null;
    };
    PlanNowResult: {
      dryRun: boolean;
      triggers: number;
      planned: number;
      skipped: number;
      byReason: {
        [key: string]: number;
      };
      /** @description The period judged (for a schedule, the period its latest turn reads) */
      from?: string;
      to?: string;
      truncated?: boolean;
      /** @description The first 100 decisions of a dry run */
      decisions?: {
        customer: string;
        triggerKey: string;
        episode: string | null;
        /** @enum {string} */
        status: 'planned' | 'skipped';
        reason: string | null;
        detail: {
          [key: string]: string | number;
        };
        at: string;
        sendAt: string;
      }[];
    };
    PlanNow: {
      /**
       * @description true: what the rule would do over the last `hours`, written nowhere
       * @default true
       */
      dryRun: boolean;
      /**
       * @description The dry run’s period (a schedule’s dry run shows its latest turn instead)
       * @default 24
       */
      hours: number;
    };
    InvitationPage: {
      invitations: components['schemas']['Invitation'][];
      next: string | null;
    };
    Invitation: {
      id: string;
      customer: string;
      rule: string;
      survey: string;
      /** @description What triggered it: moment:<id>, case:<id>, episode:<id>, schedule:<date> */
      triggerKey: string;
      triggeredAt: string;
      episode: string | null;
      journey: string | null;
      /** @enum {string} */
      channel: 'link' | 'sms' | 'wechat' | 'email' | 'phone';
      priority: number;
      /** @enum {string} */
      status: 'planned' | 'sending' | 'sent' | 'failed' | 'skipped' | 'answered';
      /**
       * @description Why it was not sent (skipped only)
       * @enum {string|null}
       */
      reason:
        | 'condition_false'
        | 'sampled_out'
        | 'opted_out'
        | 'duplicate'
        | 'recontact'
        | 'fatigue_spacing'
        | 'fatigue_window'
        | 'outranked'
        | 'rule_disabled'
        | 'survey_inactive'
        | null;
      /** @description The figures behind a skip: budget used and limit, nearest invitation, sampling */
      detail: {
        [key: string]: string | number;
      };
      /** @description When it goes (planned) or would have gone (skipped) */
      sendAt: string;
      sentAt: string | null;
      reminderAt: string | null;
      remindedAt: string | null;
      /** @description The survey link (for the `link` channel, the company sends it) */
      url: string | null;
      expiresAt: string | null;
      attempts: number;
      /** @description The channel’s answer to the last attempt */
      lastOutcome?: unknown;
      createdAt: string;
    };
    InvitationTallies: {
      tallies: {
        rule: string;
        /** @description The moments’ day (UTC), YYYY-MM-DD */
        day: string;
        /**
         * @description Why (condition_false: its conditions did not hold)
         * @enum {string}
         */
        reason:
          | 'condition_false'
          | 'sampled_out'
          | 'opted_out'
          | 'duplicate'
          | 'recontact'
          | 'fatigue_spacing'
          | 'fatigue_window'
          | 'outranked'
          | 'rule_disabled'
          | 'survey_inactive';
        count: number;
      }[];
    };
    InvitationDecisionSummary: {
      /** @description First day (UTC), YYYY-MM-DD */
      from: string;
      /** @description Last day (UTC), YYYY-MM-DD */
      to: string;
      rules: {
        rule: string;
        /** @description Moments the rule considered: its decisions and the ones passed over */
        considered: number;
        /** @description Invitations made (whatever came of them since) */
        invited: number;
        /** @description Invitations sent (answered ones included) */
        sent: number;
        answered: number;
        /** @description Answered of sent; null before any was sent */
        responseRate: number | null;
        /** @description Invitations whose sending failed */
        failed: number;
        /** @description Decisions not to invite, by reason */
        skipped: {
          condition_false?: number;
          sampled_out?: number;
          opted_out?: number;
          duplicate?: number;
          recontact?: number;
          fatigue_spacing?: number;
          fatigue_window?: number;
          outranked?: number;
          rule_disabled?: number;
          survey_inactive?: number;
        };
        /** @description Moments whose rule conditions did not hold (counted, not in the ledger) */
        passedOver: number;
      }[];
    };
    FatigueBudget: {
      /** @description At most this many invitations ... */
      maxInvitations: number;
      /** @description ... in any rolling window of this many days */
      windowDays: number;
      /** @description At least this many days between two invitations */
      minDaysApart: number;
    };
    SurveyLinkReport: {
      survey: string;
      /** @description The version the links answer */
      version: number;
      created: number;
      refused: number;
      links: {
        index: number;
        customer: string;
        /** @enum {string} */
        status: 'created' | 'refused';
        /** @description The single-use link to send (`<base>/s/<token>`) */
        url?: string;
        expiresAt?: string;
        /** @enum {string} */
        code?: 'opted_out' | 'no_journey' | 'unknown_journey' | 'wrong_journey';
        message?: string;
      }[];
    };
    SurveyLinkBatch: {
      links: {
        /** @description The customer's id in the company's systems */
        customer: string;
        /** @description The episode the answer is about (its moments and outcome go there); without it the answer is an episode of its own */
        episode?: string;
        /** @description Default: the survey's journey */
        journey?: string;
        /**
         * @description Default: the workspace's language
         * @enum {string}
         */
        language?: 'en' | 'zh-CN';
        /** @description Default 30 */
        expiresInDays?: number;
        /**
         * @description The channel the link goes out by (results count response rates per channel). Default `link`: the company's own systems send the URL
         * @enum {string}
         */
        channel?: 'link' | 'sms' | 'wechat' | 'email' | 'phone' | 'qr';
      }[];
    };
    SurveyQrLinkList: {
      qrLinks: components['schemas']['SurveyQrLink'][];
    };
    SurveyQrLink: {
      id: string;
      survey: string;
      label: string;
      attributes: {
        [key: string]: string;
      };
      journey: string | null;
      touchpoint: string | null;
      /** @enum {string|null} */
      language: 'en' | 'zh-CN' | null;
      enabled: boolean;
      scans: number;
      /** @description What the QR code holds: `<base>/api/public/qr/<token>` */
      url: string;
      createdAt: string;
    };
    SurveyQrLinkInput: {
      /** @description The name printed on the card, e.g. the store */
      label: string;
      /** @description Segment attributes of the answers, e.g. {"store": "徐家汇店", "counter": "3"} */
      attributes?: {
        [key: string]: string;
      };
      /** @description Default: the survey's journey */
      journey?: string;
      /** @description The touchpoint the answers are about (the counter): a survey that rates no touchpoint makes the answer this touchpoint's moment */
      touchpoint?: string;
      /**
       * @description Default: the workspace's language
       * @enum {string}
       */
      language?: 'en' | 'zh-CN';
    };
    SurveyQrLinkChange: {
      label?: string;
      /** @description false: a scan mints nothing (410) */
      enabled?: boolean;
      /** @description Segment attributes of the answers, e.g. {"store": "徐家汇店", "counter": "3"} */
      attributes?: {
        [key: string]: string;
      };
    };
    PublicSurvey: {
      survey: string;
      name: string;
      version: number;
      /** @enum {string} */
      language: 'en' | 'zh-CN';
      /** @description SurveyJS JSON of that version */
      definition: {
        [key: string]: unknown;
      };
      /** @description The answers kept so far */
      partial: {
        [key: string]: unknown;
      };
      expiresAt: string;
    };
    SurveyPartialSaved: {
      savedAt: string;
    };
    SurveyAnswersBody: {
      /** @description SurveyJS data: question name -> answer */
      answers: {
        [key: string]: unknown;
      };
    };
    SurveySubmitted: {
      answer: string;
      submittedAt: string;
      /** @description What the answer became: moments written, whether the episode outcome was, and the comments of no touchpoint scored. Null when it is not ingested yet: a submission through a link is stored at once and ingested by a background job within a second or so (its moments, outcome and alerts then show in the episode, the results and the case inbox); answers recorded on a phone callback are ingested at once (null when ingestion refused them, say a journey changed) */
      ingested: {
        moments: number;
        outcome: boolean;
        comments: number;
      } | null;
    };
    SurveyUnsubscribed: {
      /** @enum {boolean} */
      unsubscribed: true;
      /** @enum {string} */
      language: 'en' | 'zh-CN';
    };
    ReviewImport: {
      rowsRead: number;
      created: number;
      duplicates: number;
      rejected: number;
      /** @description The rows not taken (the first 1,000), each with its line and column */
      rejects: {
        line: number;
        column: string;
        message: string;
        row: string;
      }[];
      stoppedBy: string | null;
    };
    SurveyResults: {
      survey: {
        key: string;
        name: string;
        currentVersion: number;
        versions: number[];
      };
      timeZone: string;
      answers: number;
      responseRate: {
        channel: string;
        links: number;
        answered: number;
        rate: number | null;
        lower: number | null;
        upper: number | null;
      };
      /** @description Per channel: links minted in the period and answered */
      responseRates: {
        channel: string;
        links: number;
        answered: number;
        rate: number | null;
        lower: number | null;
        upper: number | null;
      }[];
      headline: {
        nps: {
          question: string;
          title: string;
          score: components['schemas']['SurveyScore'];
        } | null;
        csat: {
          question: string;
          title: string;
          score: components['schemas']['SurveyScore'];
        } | null;
        ces: {
          question: string;
          title: string;
          score: components['schemas']['SurveyScore'];
        } | null;
      };
      trend: {
        /** @description The week's Monday (YYYY-MM-DD) in the workspace's time zone */
        week: string;
        answers: number;
        nps?: components['schemas']['SurveyScore'];
        csat?: components['schemas']['SurveyScore'];
        ces?: components['schemas']['SurveyScore'];
      }[];
      questions: {
        name: string;
        type: string;
        role: string | null;
        title: string;
        n: number;
        distribution: {
          value: string | number | boolean;
          label: string;
          count: number;
          /** @description Of the respondents to the question (several choices may sum over 1) */
          share: number;
        }[];
        score: components['schemas']['SurveyScore'];
        rows: {
          value: string | number;
          label: string;
          n: number;
          distribution: {
            value: string | number | boolean;
            label: string;
            count: number;
            /** @description Of the respondents to the question (several choices may sum over 1) */
            share: number;
          }[];
          score: components['schemas']['SurveyScore'];
        }[];
      }[];
    };
    /** @description A score with its 95% interval: `nps` in points (-100..100, Wald interval), `csat` the top-two-box share (0..1, Wilson), `ces` and `mean` the mean answer (Student t); bounds null with one answer */
    SurveyScore: {
      /** @enum {string} */
      kind: 'nps' | 'csat' | 'ces' | 'mean';
      n: number;
      estimate: number;
      lower: number | null;
      upper: number | null;
      promoters?: number;
      passives?: number;
      detractors?: number;
    } | null;
    SurveyVerbatims: {
      total: number;
      counts: {
        negative: number;
        neutral: number;
        positive: number;
      };
      items: {
        answer: string;
        question: string;
        questionTitle: string;
        text: string;
        submittedAt: string;
        language: string;
        channel: string;
        customer: string;
        sentiment: {
          /** @enum {string} */
          label: 'negative' | 'neutral' | 'positive';
          score: number;
          confidence: number;
        };
        themes: {
          theme: string;
          name: string;
          score: number;
          mentions: number;
        }[];
      }[];
    };
    Study: {
      key: string;
      name: string;
      /** @enum {string} */
      kind: 'kano' | 'servqual';
      /** @enum {string} */
      status: 'draft' | 'active' | 'archived';
      version: number;
      features:
        | {
            key: string;
            names: {
              en: string;
              'zh-CN': string;
            };
          }[]
        | null;
      /** @description Answers submitted, every version */
      answers: number;
      lastAnswerAt: string | null;
      createdAt: string;
      updatedAt: string;
    };
    /** @description A KANO questionnaire from a feature list (functional and dysfunctional question per feature, both languages), or the 22-item SERVQUAL instrument with the importance allocation */
    StudyCreate:
      | {
          /** @enum {string} */
          kind: 'kano';
          key: string;
          name: string;
          /**
           * @description The survey’s state; links are minted for an `active` one only. Default `draft`
           * @default draft
           * @enum {string}
           */
          status: 'draft' | 'active' | 'archived';
          features: {
            /** @description The question name of the feature in the survey and its key in the results */
            key: string;
            /** @description The feature as the questions name it, in Chinese and English (one stands for the other) */
            name: {
              'zh-CN'?: string;
              en?: string;
            };
          }[];
        }
      | {
          /** @enum {string} */
          kind: 'servqual';
          key: string;
          name: string;
          /**
           * @description The survey’s state; links are minted for an `active` one only. Default `draft`
           * @default draft
           * @enum {string}
           */
          status: 'draft' | 'active' | 'archived';
        };
    StudyResults: {
      study: {
        key: string;
        name: string;
        /** @enum {string} */
        kind: 'kano' | 'servqual';
        version: number;
      };
      filters: {
        from: string | null;
        to: string | null;
        /** @enum {string|null} */
        language: 'en' | 'zh-CN' | null;
      };
      /** @description The KANO analysis, per feature in questionnaire order */
      kano: {
        /** @enum {string} */
        kind: 'kano';
        respondents: number;
        /** @enum {string} */
        table: 'berger' | 'pouliot';
        /** @enum {string} */
        rule: 'most-frequent' | 'aom-vs-irq';
        features: {
          key: string;
          names: {
            en: string;
            'zh-CN': string;
          };
          feature: string;
          n: number;
          missing: number;
          excluded: number;
          counts: {
            M: number;
            O: number;
            A: number;
            I: number;
            R: number;
            Q: number;
          };
          shares: {
            M: number;
            O: number;
            A: number;
            I: number;
            R: number;
            Q: number;
          };
          /** @enum {string} */
          mostFrequent: 'M' | 'O' | 'A' | 'I' | 'R' | 'Q';
          /**
           * @description The class by the rule
           * @enum {string}
           */
          category: 'M' | 'O' | 'A' | 'I' | 'R' | 'Q';
          better: number | null;
          worse: number | null;
          totalStrength: number;
          categoryStrength: number;
          fong: {
            statistic: number;
            critical: number;
            significant: boolean;
          };
        }[];
      } | null;
      /** @description The SERVQUAL gaps, by item, by dimension and overall */
      servqual: {
        /** @enum {string} */
        kind: 'servqual';
        respondents: number;
        /** @enum {string} */
        weighting: 'respondents' | 'none';
        allocations: number;
        items: {
          item: number;
          dimension: string;
          /** @description A mean with its t interval (null bounds below 2 answers) */
          expectation: {
            n: number;
            mean: number | null;
            sd: number | null;
            lower: number | null;
            upper: number | null;
          };
          /** @description A mean with its t interval (null bounds below 2 answers) */
          perception: {
            n: number;
            mean: number | null;
            sd: number | null;
            lower: number | null;
            upper: number | null;
          };
          /** @description A mean with its t interval (null bounds below 2 answers) */
          gap: {
            n: number;
            mean: number | null;
            sd: number | null;
            lower: number | null;
            upper: number | null;
          };
        }[];
        dimensions: {
          dimension: string;
          items: number[];
          weight: number | null;
          weightedGap: number | null;
          /** @description A mean with its t interval (null bounds below 2 answers) */
          expectation: {
            n: number;
            mean: number | null;
            sd: number | null;
            lower: number | null;
            upper: number | null;
          };
          /** @description A mean with its t interval (null bounds below 2 answers) */
          perception: {
            n: number;
            mean: number | null;
            sd: number | null;
            lower: number | null;
            upper: number | null;
          };
          /** @description A mean with its t interval (null bounds below 2 answers) */
          gap: {
            n: number;
            mean: number | null;
            sd: number | null;
            lower: number | null;
            upper: number | null;
          };
        }[];
        unweightedScore: number | null;
        weightedScore: number | null;
        weights: {
          [key: string]: number;
        } | null;
        /** @description A mean with its t interval (null bounds below 2 answers) */
        unweighted: {
          n: number;
          mean: number | null;
          sd: number | null;
          lower: number | null;
          upper: number | null;
        };
        /** @description A mean with its t interval (null bounds below 2 answers) */
        weighted: {
          n: number;
          mean: number | null;
          sd: number | null;
          lower: number | null;
          upper: number | null;
        } | null;
      } | null;
    };
    SurveyChannelSettings: {
      /** @enum {string} */
      kind: 'sms' | 'wechat' | 'email' | 'phone';
      enabled: boolean;
      /** @description False until an administrator saved settings */
      configured: boolean;
      /** @description The settings, URL tokens masked; secrets and passwords never shown */
      settings: {
        [key: string]: unknown;
      };
      /** @description The first and last characters of the secret */
      secretHint: string | null;
      updatedAt: string | null;
    };
    SurveyChannelDeliveryPage: {
      deliveries: components['schemas']['SurveyChannelDelivery'][];
      next: number | null;
    };
    SurveyChannelDelivery: {
      id: number;
      kind: string;
      invitationId: string | null;
      customer: string | null;
      /** @description Masked */
      address: string | null;
      test: boolean;
      /** @enum {string} */
      status: 'sent' | 'failed' | 'not_sendable';
      retry: boolean;
      httpStatus: number | null;
      durationMs: number | null;
      detail: string;
      /** @description The receiver's answer, its first 1,000 characters */
      response: string | null;
      at: string;
    };
    /** @description The settings of the kind in the path (see docs/survey-channels.md) and `enabled`. `secret` / `password` left out keep the stored value; a `url` equal to its masked form keeps the stored URL. */
    SurveyChannelSettingsChange: {
      /** @default true */
      enabled: boolean;
    } & {
      [key: string]: unknown;
    };
    SurveyChannelSendOutcome: {
      /** @enum {string} */
      status: 'sent' | 'failed' | 'not_sendable';
      retry: boolean;
      detail: string;
      response?: unknown;
      deliveryId: number | null;
    };
    SurveyChannelTest: {
      /** @description A mobile number (SMS), an openid (WeChat) or an e-mail address */
      address: string;
      /**
       * @description Default: the workspace's language
       * @enum {string}
       */
      language?: 'zh-CN' | 'en';
    };
    PhoneSurvey: {
      callback: number;
      survey: string;
      language: string;
      answer: string | null;
      form: components['schemas']['PublicSurvey'] & (Record<string, never> | null);
      /** @enum {string|null} */
      closed: 'answered' | 'expired' | null;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
