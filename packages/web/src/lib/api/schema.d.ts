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
  '/api/workspaces': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List workspaces */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Every workspace */
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
    /** Create a workspace */
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
        /** @description The journey as stored */
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
        /** @description Every item was created or was a duplicate */
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
    Workspace: {
      id: string;
      key: string;
      name: string;
      createdAt: string;
    };
    Error: {
      error: {
        /** @example invalid_input */
        code: string;
        message: string;
        path: (string | number)[];
      };
    };
    IngestReport: {
      ok: boolean;
      created: number;
      duplicates: number;
      rejected: number;
      breaches: number;
      items: {
        index: number;
        eventId?: string;
        /** @enum {string} */
        status: 'created' | 'duplicate' | 'rejected';
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
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
