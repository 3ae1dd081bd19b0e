import { fromGlobalId, toGlobalId } from '../../server/graphql/relay/global-id';

test('a global ID round-trips to its type and key', () => {
  expect(fromGlobalId(toGlobalId('AdministrativeUnit', 42))).toEqual({ typeName: 'AdministrativeUnit', id: 42 });
});

test.each(['', 'Task:1', '===', Buffer.from('Task:0').toString('base64url'), Buffer.from('Task:-1').toString('base64url')])(
  '%j is not a global ID',
  (id) => {
    expect(() => fromGlobalId(id)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
  },
);
