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
    /** Erase a customer with all their moments, episodes, answers and breaches (irreversible, audited) */
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
     * @description Per touchpoint: volume, performance, breach rate, importance with its interval, expected lift, IPA quadrant and rank; the episode-score histogram; peak / trough / end counts; floor suggestions. Filter with `from`, `to` (first moment of the episode) and `segment.<attribute>=<value>` (the customer, or any moment of the episode, carries it). Same data and query, same result.
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
        /** @description The analysis */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['KeyMomentResult'];
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
    EpisodeOutcomeInput: {
      journey: string;
      customer: string;
      episode: string;
      eventId?: string;
      overall?: number | null;
      nps?: number | null;
      churned?: boolean | null;
      churnedAt?: string | null;
      surveyedAt?: string | null;
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
      sentiment: {
        /** @enum {string} */
        label: 'negative' | 'neutral' | 'positive';
        score: number;
        confidence: number;
        themes: {
          theme: string;
          score: number;
          mentions: number;
        }[];
      } | null;
      breaches: {
        kind: string;
        measure: string | null;
        value: number;
        floor: number;
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
    Erasure: {
      erased: {
        customers: number;
        episodes: number;
        moments: number;
        breaches: number;
        outcomes: number;
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
    } & {
      [key: string]: unknown;
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
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
