import { Query, Resolver } from 'type-graphql';
import { ERROR_CODES, type ErrorCode } from './app-error.js';
import { ErrorCodeEnum } from './error-code.type.js';

@Resolver()
export class ErrorCodeResolver {
  @Query(() => [ErrorCodeEnum], {
    description:
      'Every code an error’s `extensions.code` may carry (the enum puts them in the schema, for clients’ codegen).',
  })
  errorCodes(): ErrorCode[] {
    return [...ERROR_CODES];
  }
}
